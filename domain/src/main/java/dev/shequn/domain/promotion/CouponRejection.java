package dev.shequn.domain.promotion;

import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.RefusalReason;

/** Why a member coupon refused a move. */
public record CouponRejection(Reason reason, String detail) {

    public enum Reason implements RefusalReason {
        /** Not in a state that allows the move (already redeemed, void, expired...). */
        NOT_AVAILABLE(Kind.CONFLICT),
        /** Reserved or redeemed by another order. */
        HELD_BY_ANOTHER_ORDER(Kind.CONFLICT),
        EXPIRED(Kind.CONFLICT),
        NOT_OWNED_BY_MEMBER(Kind.CONFLICT);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public CouponRejection {
        requireNonNull(reason, "reason");
        requireNonNull(detail, "detail");
    }
}
