package dev.shequn.application.port.out;

import dev.shequn.domain.promotion.CouponCode;
import dev.shequn.domain.promotion.MemberCoupon;
import dev.shequn.domain.shared.MerchantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Member coupons, keyed by merchant and code (a code is unique within its merchant).
 *
 * <p>Optimistic versioning: {@code save} writes only if the stored version is still the one the coupon was read
 * at (0: new) and makes it {@code version() + 1}; otherwise, and when a new coupon's code is taken, it writes
 * nothing and answers {@code false}. This is what keeps a coupon from being reserved or redeemed twice.
 */
public interface MemberCouponRepository {

    Optional<MemberCoupon> find(MerchantId merchantId, CouponCode code);

    /** The member's coupons, oldest grant first (then by code). */
    List<MemberCoupon> findByMember(MerchantId merchantId, String memberId);

    /** How many coupons of the template the member was ever granted, whatever became of them. */
    long countGranted(MerchantId merchantId, String memberId, String promotionId);

    /** Available coupons whose window ended at or before {@code now}, of every merchant, oldest end first. */
    List<MemberCoupon> findLapsed(Instant now, int limit);

    boolean save(MemberCoupon coupon);
}
