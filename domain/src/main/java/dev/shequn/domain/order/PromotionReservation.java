package dev.shequn.domain.order;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.promotion.CouponCode;
import dev.shequn.domain.shared.Money;
import java.util.Optional;

/**
 * One promotion the order holds: one of its redemptions, {@code amount} of its budget (what it gave, as the
 * pricing answer's {@code applied} says) and, for a coupon template, the member coupon presented.
 */
public record PromotionReservation(String promotionId, Optional<CouponCode> coupon, Money amount) {
    public PromotionReservation {
        requireNonNull(promotionId, "promotionId");
        requireNonNull(coupon, "coupon");
        requireNonNull(amount, "amount");
        checkArgument(!amount.isNegative(), "amount must not be negative");
    }
}
