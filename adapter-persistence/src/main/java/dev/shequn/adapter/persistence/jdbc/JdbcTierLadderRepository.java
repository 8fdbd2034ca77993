package dev.shequn.adapter.persistence.jdbc;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.shequn.application.port.out.TierLadderRepository;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.tier.Tier;
import dev.shequn.domain.tier.TierLadder;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** A merchant's tier ladder in one row: the tiers, lowest first, as JSON; the grace period as ISO-8601. */
public final class JdbcTierLadderRepository implements TierLadderRepository {

    private static final TypeReference<List<Tier>> TIERS = new TypeReference<>() {};

    private final JdbcSession session;
    private final JsonCodec json = JsonCodec.INSTANCE;

    public JdbcTierLadderRepository(JdbcSession session) {
        this.session = requireNonNull(session, "session");
    }

    @Override
    public Optional<TierLadder> find(MerchantId merchantId) {
        requireNonNull(merchantId, "merchantId");
        return session.withHandle(h -> h.createQuery(
                        "SELECT tiers, grace_period, version FROM tier_ladder WHERE merchant_id = :merchant")
                .bind("merchant", merchantId.value())
                .map((rs, ctx) -> new TierLadder(merchantId, json.read(rs.getString("tiers"), TIERS),
                        Duration.parse(rs.getString("grace_period")), rs.getLong("version")))
                .findOne());
    }

    @Override
    public boolean save(TierLadder ladder) {
        requireNonNull(ladder, "ladder");
        return session.withHandle(h -> {
            var statement = ladder.version() == 0
                    ? h.createUpdate("""
                            INSERT INTO tier_ladder (merchant_id, tiers, grace_period, version)
                            VALUES (:merchant, :tiers, :grace, 1)""")
                    : h.createUpdate("""
                            UPDATE tier_ladder SET tiers = :tiers, grace_period = :grace, version = version + 1
                            WHERE merchant_id = :merchant AND version = :version""").bind("version", ladder.version());
            statement.bind("merchant", ladder.merchantId().value())
                    .bind("tiers", json.write(ladder.tiers()))
                    .bind("grace", ladder.gracePeriod().toString());
            return ladder.version() == 0 ? Rows.insertUnlessTaken(h, statement) : Rows.updatedOne(statement);
        });
    }
}
