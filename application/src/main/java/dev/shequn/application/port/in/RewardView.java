package dev.shequn.application.port.in;

import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.referral.Beneficiary;
import dev.shequn.domain.referral.Reward;
import dev.shequn.domain.referral.RewardGrant;
import dev.shequn.domain.referral.Trigger;
import dev.shequn.domain.referral.WithheldReason;
import java.util.Optional;

/**
 * One reward as use cases answer it: what a rule gave a beneficiary, or why it withheld it. {@code units} are
 * points or cash minor units when the reward was booked; {@code frozen} when it waits for the order's refund
 * window.
 */
public record RewardView(
        String rewardKey,
        String ruleId,
        Trigger trigger,
        MemberId beneficiary,
        Beneficiary.Role role,
        Reward reward,
        Optional<Long> units,
        Optional<String> couponCode,
        Optional<WithheldReason> withheld,
        boolean frozen) {

    public static RewardView of(RewardGrant grant) {
        return new RewardView(grant.key().asId(), grant.key().ruleId(), grant.key().trigger(), grant.beneficiary(),
                grant.key().role(), grant.reward(), grant.booked().map(a -> a.units()), grant.couponCode(),
                grant.withheld(), grant.orderId().isPresent() && grant.booked().isPresent());
    }

    public boolean granted() {
        return withheld.isEmpty();
    }
}
