package dev.shequn.adapter.persistence.memory;

import dev.shequn.application.port.out.MembershipRepository;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.Membership;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class InMemoryMembershipRepository implements MembershipRepository {

    private final VersionedTable<RowKey, Membership> table;

    public InMemoryMembershipRepository(InMemoryStore store) {
        table = new VersionedTable<>(store, Membership::version, (m, v) -> Membership.reconstitute(m.merchantId(),
                m.communityId(), m.memberId(), m.joinedAt(), m.channel(), m.inviter(), m.status(), m.endedAt(),
                m.removalReason(), v));
    }

    @Override
    public Optional<Membership> find(MerchantId merchantId, CommunityId communityId, MemberId memberId) {
        return table.find(RowKey.of(merchantId, communityId, memberId));
    }

    @Override
    public List<Membership> findByMember(MerchantId merchantId, MemberId memberId) {
        return table.where(m -> m.merchantId().equals(merchantId) && m.memberId().equals(memberId)).stream()
                .sorted(Comparator.comparing(Membership::communityId)).toList();
    }

    @Override
    public boolean save(Membership membership) {
        return table.save(RowKey.of(membership.merchantId(), membership.communityId(), membership.memberId()), membership);
    }
}
