package dev.shequn.application.port.out;

import dev.shequn.domain.community.Community;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.shared.MerchantId;
import java.util.List;
import java.util.Optional;

/**
 * Communities with their member count and status; the count is what keeps capacity exact.
 *
 * <p>Optimistic versioning, so that several stateless servers over one database stay exact without locks:
 * {@code save} writes only if the stored version is still the one the aggregate was read at (its
 * {@code version()}, 0 for one never stored) and makes it {@code version() + 1}; otherwise it writes nothing and
 * answers {@code false}, and the use case retries in a fresh unit of work. Every row carries its merchant id.
 */
public interface CommunityRepository {

    Optional<Community> find(MerchantId merchantId, CommunityId id);

    /** The communities of these ids that exist, in the order of {@code ids}. */
    List<Community> findAll(MerchantId merchantId, List<CommunityId> ids);

    boolean save(Community community);
}
