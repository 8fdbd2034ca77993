package dev.shequn.adapter.persistence.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.out.MemberRepository;
import dev.shequn.domain.member.BehaviourMetrics;
import dev.shequn.domain.member.Member;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.member.PaidOrder;
import dev.shequn.domain.member.Portrait;
import dev.shequn.domain.member.TierStanding;
import dev.shequn.domain.shared.MerchantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Members, one row each. Identity, tier and the headline metrics are columns (for queries and reports); the
 * rest of the profile (portrait, tags, metrics, the bounded list of recent orders, tier standing) is one JSON
 * document, because it is only ever read and written whole with the member. A member read inside a unit of
 * work is locked until it ends, so two tier changes or order reports for one member queue.
 */
public final class JdbcMemberRepository implements MemberRepository {

    private static final String COLUMNS = "member_id, external_id, currency, created_at, profile, version";

    /** The JSON column: every part of a member that is not a column of its own. */
    record Profile(Portrait portrait, Set<String> manualTags, Set<String> automaticTags, BehaviourMetrics metrics,
            List<PaidOrder> recentOrders, TierStanding tierStanding) {
    }

    private final JdbcSession session;
    private final JsonCodec json = JsonCodec.INSTANCE;

    public JdbcMemberRepository(JdbcSession session) {
        this.session = requireNonNull(session, "session");
    }

    @Override
    public Optional<Member> find(MerchantId merchantId, MemberId id) {
        requireNonNull(merchantId, "merchantId");
        requireNonNull(id, "id");
        return findWhere(merchantId, "member_id", id.value());
    }

    @Override
    public Optional<Member> findByExternalId(MerchantId merchantId, String externalId) {
        requireNonNull(merchantId, "merchantId");
        requireNonNull(externalId, "externalId");
        return findWhere(merchantId, "external_id", externalId);
    }

    private Optional<Member> findWhere(MerchantId merchantId, String column, String value) {
        return session.withHandle(h -> h.createQuery(
                        "SELECT " + COLUMNS + " FROM member WHERE merchant_id = :merchant AND " + column + " = :value"
                                + session.forUpdate())
                .bind("merchant", merchantId.value())
                .bind("value", value)
                .map((rs, ctx) -> member(merchantId, rs))
                .findOne());
    }

    /** Keyset paging on the primary key: each page is one index range scan, however deep into the merchant. */
    @Override
    public List<Member> findPage(MerchantId merchantId, Optional<MemberId> after, int limit) {
        requireNonNull(merchantId, "merchantId");
        requireNonNull(after, "after");
        checkArgument(limit > 0, "limit must be positive: %s", limit);
        return session.withHandle(h -> h.createQuery("SELECT " + COLUMNS + """
                         FROM member
                        WHERE merchant_id = :merchant AND member_id > :after
                        ORDER BY member_id
                        LIMIT :limit""")
                .bind("merchant", merchantId.value())
                .bind("after", after.map(MemberId::value).orElse(""))
                .bind("limit", limit)
                .map((rs, ctx) -> member(merchantId, rs))
                .list());
    }

    /**
     * Bulk import of members never stored before (a host's existing customer list): one batched insert, each
     * member stored at version 1. Not a port method: a use case saves one member at a time; this is for loading.
     * A member whose id or external id is taken fails the whole batch.
     */
    public void insertAll(List<Member> newMembers) {
        requireNonNull(newMembers, "newMembers");
        if (newMembers.isEmpty()) {
            return;
        }
        newMembers.forEach(m -> checkArgument(m.version() == 0, "%s was stored before", m));
        session.withHandle(h -> {
            PreparedBatch batch = h.prepareBatch("INSERT INTO member (merchant_id, " + COLUMNS + """
                    , tier, paid_orders, total_spend)
                    VALUES (:merchant, :id, :externalId, :currency, :createdAt, :profile, 1, :tier, :paidOrders,
                            :totalSpend)""");
            for (Member member : newMembers) {
                bindColumns(batch, member).bind("createdAt", Rows.utc(member.createdAt())).add();
            }
            return batch.execute();
        });
    }

    @Override
    public boolean save(Member member) {
        requireNonNull(member, "member");
        return session.withHandle(h -> {
            var statement = member.version() == 0
                    ? h.createUpdate("INSERT INTO member (merchant_id, " + COLUMNS + """
                            , tier, paid_orders, total_spend)
                            VALUES (:merchant, :id, :externalId, :currency, :createdAt, :profile, 1, :tier, :paidOrders,
                                    :totalSpend)""").bind("createdAt", Rows.utc(member.createdAt()))
                    : h.createUpdate("""
                            UPDATE member SET external_id = :externalId, currency = :currency, profile = :profile,
                                tier = :tier, paid_orders = :paidOrders, total_spend = :totalSpend, version = version + 1
                            WHERE merchant_id = :merchant AND member_id = :id AND version = :version""")
                            .bind("version", member.version());
            bindColumns(statement, member);
            return member.version() == 0 ? Rows.insertUnlessTaken(h, statement) : Rows.updatedOne(statement);
        });
    }

    private <S extends SqlStatement<S>> S bindColumns(S statement, Member member) {
        return statement.bind("merchant", member.merchantId().value())
                .bind("id", member.id().value())
                .bind("externalId", member.externalId())
                .bind("currency", member.currency().getCurrencyCode())
                .bind("profile", json.write(new Profile(member.portrait(), member.manualTags(),
                        member.automaticTags(), member.metrics(), member.recentOrders(), member.tierStanding())))
                .bind("tier", member.tierStanding().tier().orElse(null))
                .bind("paidOrders", member.metrics().paidOrders())
                .bind("totalSpend", member.metrics().totalSpend().minorUnits());
    }

    private Member member(MerchantId merchantId, ResultSet rs) throws SQLException {
        Profile profile = json.read(rs.getString("profile"), Profile.class);
        return Member.reconstitute(new MemberId(rs.getString("member_id")), merchantId, rs.getString("external_id"),
                Currency.getInstance(rs.getString("currency")), Rows.instant(rs, "created_at"), rs.getLong("version"),
                profile.portrait(), profile.manualTags(), profile.automaticTags(), profile.metrics(),
                profile.recentOrders(), profile.tierStanding());
    }
}
