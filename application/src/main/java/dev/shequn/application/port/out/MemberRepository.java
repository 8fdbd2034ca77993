package dev.shequn.application.port.out;

import dev.shequn.domain.member.Member;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import java.util.List;
import java.util.Optional;

/**
 * Members with their metrics, recent orders, tags and tier standing; an external id is unique within its
 * merchant.
 *
 * <p>Optimistic versioning, so that several stateless servers over one database stay exact without locks:
 * {@code save} writes only if the stored version is still the one the aggregate was read at (its
 * {@code version()}, 0 for one never stored) and makes it {@code version() + 1}; otherwise it writes nothing and
 * answers {@code false}, and the use case retries in a fresh unit of work. Every row carries its merchant id.
 */
public interface MemberRepository {

    Optional<Member> find(MerchantId merchantId, MemberId id);

    Optional<Member> findByExternalId(MerchantId merchantId, String externalId);

    /**
     * Keyset paging over all of a merchant's members in member-id order: at most {@code limit} members with an
     * id above {@code after} (from the first when empty). Lets a batch visit every member in bounded memory.
     */
    List<Member> findPage(MerchantId merchantId, Optional<MemberId> after, int limit);

    /** False also when a new member's id or external id is already taken in the merchant. */
    boolean save(Member member);
}
