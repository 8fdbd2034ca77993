package dev.shequn.domain.referral;

import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** What happens in referrals. Points and cash movements are told by the ledger's own event as well. */
public final class ReferralEvents {

    private ReferralEvents() {}

    public record InviteCodeAssigned(MerchantId merchantId, MemberId memberId, String code, Instant occurredAt)
            implements DomainEvent {}

    public record InviteeBound(MerchantId merchantId, MemberId invitee, MemberId inviter, Optional<String> code,
            long invitesInPastHour, Set<FraudFlag> flags, Instant occurredAt) implements DomainEvent {
        public InviteeBound {
            flags = Set.copyOf(flags);
        }
    }

    /** A reward given: {@code units} of points or cash minor units, a coupon code, or a gift by name. */
    public record RewardGranted(MerchantId merchantId, String rewardKey, String ruleId, Trigger trigger,
            MemberId beneficiary, Beneficiary.Role role, String rewardKind, Optional<Long> units,
            Optional<String> couponCode, Optional<String> gift, boolean frozen, Instant occurredAt)
            implements DomainEvent {}

    public record RewardWithheld(MerchantId merchantId, String rewardKey, String ruleId, Trigger trigger,
            MemberId beneficiary, Beneficiary.Role role, WithheldReason.Code reason, String detail,
            Instant occurredAt) implements DomainEvent {}

    public record CommissionAccrued(MerchantId merchantId, String orderId, CommunityId communityId, int level,
            MemberId beneficiary, Money amount, Instant releaseAt, Instant occurredAt) implements DomainEvent {}
}
