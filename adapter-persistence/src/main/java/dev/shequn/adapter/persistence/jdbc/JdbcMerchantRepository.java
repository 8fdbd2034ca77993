package dev.shequn.adapter.persistence.jdbc;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.out.MerchantRepository;
import dev.shequn.domain.merchant.Merchant;
import dev.shequn.domain.shared.MerchantId;
import java.util.Currency;
import java.util.Optional;

public final class JdbcMerchantRepository implements MerchantRepository {

    private final JdbcSession session;

    public JdbcMerchantRepository(JdbcSession session) {
        this.session = requireNonNull(session, "session");
    }

    @Override
    public Optional<Merchant> find(MerchantId id) {
        requireNonNull(id, "id");
        return session.withHandle(h -> h.createQuery(
                        "SELECT name, currency, created_at, version FROM merchant WHERE merchant_id = :merchant")
                .bind("merchant", id.value())
                .map((rs, ctx) -> Merchant.reconstitute(id, rs.getString("name"), Currency.getInstance(rs.getString("currency")),
                        Rows.instant(rs, "created_at"), rs.getLong("version")))
                .findOne());
    }

    @Override
    public boolean save(Merchant merchant) {
        requireNonNull(merchant, "merchant");
        return session.withHandle(h -> merchant.version() == 0
                ? Rows.insertUnlessTaken(h, h.createUpdate("""
                        INSERT INTO merchant (merchant_id, name, currency, created_at, version)
                        VALUES (:merchant, :name, :currency, :createdAt, 1)""")
                        .bind("merchant", merchant.id().value())
                        .bind("name", merchant.name())
                        .bind("currency", merchant.currency().getCurrencyCode())
                        .bind("createdAt", Rows.utc(merchant.createdAt())))
                : Rows.updatedOne(h.createUpdate("""
                        UPDATE merchant SET name = :name, currency = :currency, version = version + 1
                        WHERE merchant_id = :merchant AND version = :version""")
                        .bind("merchant", merchant.id().value())
                        .bind("name", merchant.name())
                        .bind("currency", merchant.currency().getCurrencyCode())
                        .bind("version", merchant.version())));
    }
}
