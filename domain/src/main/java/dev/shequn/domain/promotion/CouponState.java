package dev.shequn.domain.promotion;

/** A member coupon's life: granted available, reserved by a placed order, redeemed at payment; or expired, or void. */
public enum CouponState {
    AVAILABLE,
    RESERVED,
    REDEEMED,
    EXPIRED,
    VOID
}
