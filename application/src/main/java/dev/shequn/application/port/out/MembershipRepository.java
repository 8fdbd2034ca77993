package dev.shequn.application.port.out;

import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.Membership;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import java.util.List;
import java.util.Optional;

/**
 * Membership records, one per member and community (active, left or removed), keyed by merchant, community
 * and member.
 *
 * <p>Optimistic versioning, so that several stateless servers over one database stay exact without locks:
 * {@code save} writes only if the stored version is still the one the aggregate was read at (its
 * {@code version()}, 0 for one never stored) and makes it {@code version() + 1}; otherwise it writes nothing and
 * answers {@code false}, and the use case retries in a fresh unit of work. Every row carries its merchant id.
 */
public interface MembershipRepository {

    Optional<Membership> find(MerchantId merchantId, CommunityId communityId, MemberId memberId);

    /** Every membership record of one member, in any status, ordered by community id. */
    List<Membership> findByMember(MerchantId merchantId, MemberId memberId);

    boolean save(Membership membership);
}
