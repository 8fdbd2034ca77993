package dev.shequn.adapter.persistence.memory;

import dev.shequn.application.port.out.MembershipRepository;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.Membership;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import java.util.List;
import java.util.Optional;

public final class InMemoryMembershipRepository implements MembershipRepository {

    // Keyed merchant, member, community: one member's memberships are one range, in community order.
    private final VersionedTable<RowKey, Membership> table;

    public InMemoryMembershipRepository(InMemoryStore store) {
        table = new VersionedTable<>(store, Membership::version, (m, v) -> Membership.reconstitute(m.merchantId(),
                m.communityId(), m.memberId(), m.joinedAt(), m.channel(), m.inviter(), m.status(), m.endedAt(),
                m.removalReason(), v));
    }

    @Override
    public Optional<Membership> find(MerchantId merchantId, CommunityId communityId, MemberId memberId) {
        return table.find(RowKey.of(merchantId, memberId, communityId));
    }

    @Override
    public List<Membership> findByMember(MerchantId merchantId, MemberId memberId) {
        // Community ids are never blank and never contain NUL, so these bounds hold exactly the member's rows.
        return table.range(RowKey.of(merchantId, memberId, ""), RowKey.of(merchantId, memberId + "\u0000"),
                Integer.MAX_VALUE);
    }

    @Override
    public boolean save(Membership membership) {
        return table.save(RowKey.of(membership.merchantId(), membership.memberId(), membership.communityId()), membership);
    }
}
