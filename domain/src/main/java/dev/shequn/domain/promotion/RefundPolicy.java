package dev.shequn.domain.promotion;

/** What a refund does to the coupon the refunded order redeemed. */
public enum RefundPolicy {
    /** The coupon is available again (unless its validity has passed, then it is expired). */
    RESTORE,
    /** The coupon stays spent: it becomes void. */
    VOID
}
