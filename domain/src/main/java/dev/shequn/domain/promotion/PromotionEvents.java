package dev.shequn.domain.promotion;

import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import java.time.Instant;

/** What happens to catalogue promotions and member coupons. */
public final class PromotionEvents {

    private PromotionEvents() {}

    public record PromotionCreated(MerchantId merchantId, String promotionId, boolean couponTemplate, Instant occurredAt)
            implements DomainEvent {}

    public record PromotionUpdated(MerchantId merchantId, String promotionId, Instant occurredAt) implements DomainEvent {}

    public record PromotionStatusChanged(MerchantId merchantId, String promotionId, PromotionStatus from,
            PromotionStatus to, Instant occurredAt) implements DomainEvent {}

    public record CouponGranted(MerchantId merchantId, String promotionId, String memberId, CouponCode code,
            Instant validFrom, Instant validUntil, Instant occurredAt) implements DomainEvent {}

    public record CouponReserved(MerchantId merchantId, String promotionId, String memberId, CouponCode code,
            String orderId, Instant occurredAt) implements DomainEvent {}

    public record CouponRedeemed(MerchantId merchantId, String promotionId, String memberId, CouponCode code,
            String orderId, Instant occurredAt) implements DomainEvent {}

    /** A reservation given back: the order was cancelled or its reservation timed out. */
    public record CouponReleased(MerchantId merchantId, String promotionId, String memberId, CouponCode code,
            String orderId, CouponState state, Instant occurredAt) implements DomainEvent {}

    /** A refund gave the coupon back ({@code state} available, or expired when its window is over). */
    public record CouponRestored(MerchantId merchantId, String promotionId, String memberId, CouponCode code,
            String orderId, CouponState state, Instant occurredAt) implements DomainEvent {}

    public record CouponVoided(MerchantId merchantId, String promotionId, String memberId, CouponCode code,
            String orderId, Instant occurredAt) implements DomainEvent {}

    public record CouponExpired(MerchantId merchantId, String promotionId, String memberId, CouponCode code,
            Instant occurredAt) implements DomainEvent {}
}
