package dev.shequn.application.port.in;

import dev.shequn.domain.promotion.CouponState;
import dev.shequn.domain.promotion.MemberCoupon;
import java.time.Instant;
import java.util.Optional;

/** A member coupon as use cases answer it; {@code state} as of the moment asked (an unused coupon past its window reads expired). */
public record CouponView(
        String code,
        String promotionId,
        String memberId,
        CouponState state,
        Instant validFrom,
        Instant validUntil,
        Optional<String> orderId) {

    public static CouponView of(MemberCoupon coupon, Instant now) {
        return new CouponView(coupon.code().value(), coupon.promotionId(), coupon.memberId(), coupon.stateAt(now),
                coupon.window().validFrom(), coupon.window().validUntil(), coupon.orderId());
    }
}
