package dev.shequn.domain.promotion;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.OptionalLong;

/**
 * What makes a catalogue promotion a coupon template: how many coupons it may grant in all
 * ({@code quantity}) and to one member ({@code perMemberGrantLimit}), how long a granted coupon lives, and
 * what a refund does to a redeemed one.
 */
public record CouponTerms(OptionalLong quantity, OptionalLong perMemberGrantLimit, CouponValidity validity,
        RefundPolicy refundPolicy) {

    public CouponTerms {
        requireNonNull(quantity, "quantity");
        requireNonNull(perMemberGrantLimit, "perMemberGrantLimit");
        requireNonNull(validity, "validity");
        requireNonNull(refundPolicy, "refundPolicy");
        checkArgument(quantity.orElse(0) >= 0, "quantity must not be negative");
        checkArgument(perMemberGrantLimit.orElse(1) >= 1, "per-member grant limit at least 1");
    }
}
