package dev.shequn.domain.referral;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.ledger.Amount;
import dev.shequn.domain.member.MemberId;
import java.time.Instant;
import java.util.Optional;

/**
 * What became of one {@link RewardKey}: granted (points or cash booked, a coupon code, or a gift owed) or
 * withheld with its reason. Stored once per key, never changed; a withheld reward is kept too, so that the
 * same trigger is not reconsidered and the merchant can see why.
 */
public record RewardGrant(
        RewardKey key,
        MemberId beneficiary,
        Reward reward,
        Optional<Amount> booked,
        Optional<String> couponCode,
        Optional<WithheldReason> withheld,
        Optional<String> orderId,
        Instant at) {

    public RewardGrant {
        requireNonNull(key, "key");
        requireNonNull(beneficiary, "beneficiary");
        requireNonNull(reward, "reward");
        requireNonNull(booked, "booked");
        requireNonNull(couponCode, "couponCode");
        requireNonNull(withheld, "withheld");
        requireNonNull(orderId, "orderId");
        requireNonNull(at, "at");
        checkArgument(withheld.isEmpty() || (booked.isEmpty() && couponCode.isEmpty()), "a withheld reward gives nothing");
    }

    public boolean granted() {
        return withheld.isEmpty();
    }
}
