package dev.shequn.application.port.out;

import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.ModerationRecord;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import java.util.Optional;

/**
 * Moderation state: the warnings of one member in one community.
 *
 * <p>Optimistic versioning, so that several stateless servers over one database stay exact without locks:
 * {@code save} writes only if the stored version is still the one the aggregate was read at (its
 * {@code version()}, 0 for one never stored) and makes it {@code version() + 1}; otherwise it writes nothing and
 * answers {@code false}, and the use case retries in a fresh unit of work. Every row carries its merchant id.
 */
public interface ModerationRepository {

    Optional<ModerationRecord> find(MerchantId merchantId, CommunityId communityId, MemberId memberId);

    boolean save(ModerationRecord record);
}
