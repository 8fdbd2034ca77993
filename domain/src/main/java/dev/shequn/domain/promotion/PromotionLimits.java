package dev.shequn.domain.promotion;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.Money;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The caps a catalogue promotion must never exceed, whatever the concurrency: orders it may discount,
 * money it may give away, coupons it may grant. Empty: no cap.
 */
public record PromotionLimits(OptionalLong redemptions, Optional<Money> budget, OptionalLong couponQuantity) {

    public static final PromotionLimits NONE = new PromotionLimits(OptionalLong.empty(), Optional.empty(), OptionalLong.empty());

    public PromotionLimits {
        requireNonNull(redemptions, "redemptions");
        requireNonNull(budget, "budget");
        requireNonNull(couponQuantity, "couponQuantity");
        checkArgument(redemptions.orElse(0) >= 0, "redemption limit must not be negative");
        checkArgument(budget.map(b -> !b.isNegative()).orElse(true), "budget must not be negative");
        checkArgument(couponQuantity.orElse(0) >= 0, "coupon quantity must not be negative");
    }
}
