package dev.shequn.domain.promotion;

import static java.util.Objects.requireNonNull;

/** Why a member coupon refused a move. */
public record CouponRejection(Reason reason, String detail) {

    public enum Reason {
        /** Not in a state that allows the move (already redeemed, void, expired...). */
        NOT_AVAILABLE,
        /** Reserved or redeemed by another order. */
        HELD_BY_ANOTHER_ORDER,
        EXPIRED,
        NOT_OWNED_BY_MEMBER
    }

    public CouponRejection {
        requireNonNull(reason, "reason");
        requireNonNull(detail, "detail");
    }
}
