package dev.shequn.adapter.persistence.jdbc;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.out.MembershipRepository;
import dev.shequn.domain.community.ChannelId;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.Membership;
import dev.shequn.domain.community.MembershipStatus;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

public final class JdbcMembershipRepository implements MembershipRepository {

    private static final String COLUMNS = """
            community_id, member_id, joined_at, channel_id, inviter_id, status, ended_at, removal_reason, version""";

    private final JdbcSession session;

    public JdbcMembershipRepository(JdbcSession session) {
        this.session = requireNonNull(session, "session");
    }

    @Override
    public Optional<Membership> find(MerchantId merchantId, CommunityId communityId, MemberId memberId) {
        requireNonNull(merchantId, "merchantId");
        requireNonNull(communityId, "communityId");
        requireNonNull(memberId, "memberId");
        return session.withHandle(h -> h.createQuery("SELECT " + COLUMNS + """
                         FROM membership
                        WHERE merchant_id = :merchant AND community_id = :community AND member_id = :member""")
                .bind("merchant", merchantId.value())
                .bind("community", communityId.value())
                .bind("member", memberId.value())
                .map((rs, ctx) -> membership(merchantId, rs))
                .findOne());
    }

    @Override
    public List<Membership> findByMember(MerchantId merchantId, MemberId memberId) {
        requireNonNull(merchantId, "merchantId");
        requireNonNull(memberId, "memberId");
        return session.withHandle(h -> h.createQuery("SELECT " + COLUMNS + """
                         FROM membership
                        WHERE merchant_id = :merchant AND member_id = :member
                        ORDER BY community_id""")
                .bind("merchant", merchantId.value())
                .bind("member", memberId.value())
                .map((rs, ctx) -> membership(merchantId, rs))
                .list());
    }

    @Override
    public boolean save(Membership membership) {
        requireNonNull(membership, "membership");
        return session.withHandle(h -> {
            var statement = membership.version() == 0
                    ? h.createUpdate("INSERT INTO membership (merchant_id, " + COLUMNS + """
                            ) VALUES (:merchant, :community, :member, :joinedAt, :channel, :inviter, :status, :endedAt,
                                      :reason, 1)""")
                    : h.createUpdate("""
                            UPDATE membership SET joined_at = :joinedAt, channel_id = :channel, inviter_id = :inviter,
                                status = :status, ended_at = :endedAt, removal_reason = :reason, version = version + 1
                            WHERE merchant_id = :merchant AND community_id = :community AND member_id = :member
                              AND version = :version""").bind("version", membership.version());
            statement.bind("merchant", membership.merchantId().value())
                    .bind("community", membership.communityId().value())
                    .bind("member", membership.memberId().value())
                    .bind("joinedAt", Rows.utc(membership.joinedAt()))
                    .bind("channel", membership.channel().map(ChannelId::value).orElse(null))
                    .bind("inviter", membership.inviter().map(MemberId::value).orElse(null))
                    .bind("status", membership.status().name())
                    .bind("endedAt", Rows.utc(membership.endedAt().orElse(null)))
                    .bind("reason", membership.removalReason().orElse(null));
            return membership.version() == 0 ? Rows.insertUnlessTaken(h, statement) : Rows.updatedOne(statement);
        });
    }

    private static Membership membership(MerchantId merchantId, ResultSet rs) throws SQLException {
        return Membership.reconstitute(merchantId, new CommunityId(rs.getString("community_id")),
                new MemberId(rs.getString("member_id")), Rows.instant(rs, "joined_at"),
                Rows.optionalString(rs, "channel_id").map(ChannelId::new),
                Rows.optionalString(rs, "inviter_id").map(MemberId::new),
                MembershipStatus.valueOf(rs.getString("status")), Rows.optionalInstant(rs, "ended_at"),
                Rows.optionalString(rs, "removal_reason"), rs.getLong("version"));
    }
}
