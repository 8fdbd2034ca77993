package dev.shequn.adapter.persistence.jdbc;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.out.TagRulesRepository;
import dev.shequn.domain.member.TagRules;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import java.util.Currency;
import java.util.Optional;

public final class JdbcTagRulesRepository implements TagRulesRepository {

    private final JdbcSession session;

    public JdbcTagRulesRepository(JdbcSession session) {
        this.session = requireNonNull(session, "session");
    }

    @Override
    public Optional<TagRules> find(MerchantId merchantId) {
        requireNonNull(merchantId, "merchantId");
        return session.withHandle(h -> h.createQuery("""
                        SELECT high_value_at, high_value_ccy, category_tags, lapsed_after_days, version
                        FROM tag_rules WHERE merchant_id = :merchant""")
                .bind("merchant", merchantId.value())
                .map((rs, ctx) -> {
                    long highValue = rs.getLong("high_value_at");
                    Optional<Money> highValueAt = rs.wasNull() ? Optional.empty()
                            : Optional.of(Money.ofMinor(highValue, Currency.getInstance(rs.getString("high_value_ccy"))));
                    int lapsed = rs.getInt("lapsed_after_days");
                    Optional<Integer> lapsedAfterDays = rs.wasNull() ? Optional.empty() : Optional.of(lapsed);
                    return new TagRules(merchantId, highValueAt, rs.getBoolean("category_tags"), lapsedAfterDays,
                            rs.getLong("version"));
                })
                .findOne());
    }

    @Override
    public boolean save(TagRules rules) {
        requireNonNull(rules, "rules");
        return session.withHandle(h -> {
            var statement = rules.version() == 0
                    ? h.createUpdate("""
                            INSERT INTO tag_rules (merchant_id, high_value_at, high_value_ccy, category_tags,
                                                   lapsed_after_days, version)
                            VALUES (:merchant, :highValue, :currency, :categoryTags, :lapsed, 1)""")
                    : h.createUpdate("""
                            UPDATE tag_rules SET high_value_at = :highValue, high_value_ccy = :currency,
                                category_tags = :categoryTags, lapsed_after_days = :lapsed, version = version + 1
                            WHERE merchant_id = :merchant AND version = :version""").bind("version", rules.version());
            statement.bind("merchant", rules.merchantId().value())
                    .bind("highValue", rules.highValueAt().map(Money::minorUnits).orElse(null))
                    .bind("currency", rules.highValueAt().map(m -> m.currency().getCurrencyCode()).orElse(null))
                    .bind("categoryTags", rules.categoryTags())
                    .bind("lapsed", rules.lapsedAfterDays().orElse(null));
            return rules.version() == 0 ? Rows.insertUnlessTaken(h, statement) : Rows.updatedOne(statement);
        });
    }
}
