package dev.shequn.domain.tier;

import static java.util.Objects.requireNonNull;

import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A member moved on the ladder. The new tier's benefits are named so that a consumer grants them: coupons
 * from {@code couponTemplateIds}, invitations to {@code communityIds}. Empty {@code to}: no tier any more.
 */
public record TierChanged(
        MerchantId merchantId,
        MemberId memberId,
        Optional<String> from,
        Optional<String> to,
        Direction direction,
        List<String> couponTemplateIds,
        List<CommunityId> communityIds,
        Instant occurredAt) implements DomainEvent {

    public enum Direction { UPGRADE, DOWNGRADE }

    public TierChanged {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(direction, "direction");
        couponTemplateIds = List.copyOf(couponTemplateIds);
        communityIds = List.copyOf(communityIds);
    }
}
