package dev.shequn.domain.order;

import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.RefusalReason;

/** Why an order refused a reported step. */
public record OrderRejection(Reason reason, String detail) {

    public enum Reason implements RefusalReason {
        /** The same order id reported again with something else: another cart, another refund under one refund id. */
        CONFLICTING_REPEAT(Kind.CONFLICT),
        CANCELLED(Kind.CONFLICT),
        /** Cancelling a paid order: refund it instead. */
        ALREADY_PAID(Kind.CONFLICT),
        /** Refunding an order that was never paid. */
        NOT_PAID(Kind.CONFLICT),
        /** Paying after the reservation's hold time: the discounts it held are no longer guaranteed. */
        RESERVATION_EXPIRED(Kind.CONFLICT),
        ALREADY_REFUNDED(Kind.CONFLICT),
        UNKNOWN_LINE(Kind.CONFLICT),
        /** More units refunded than are left on the line. */
        QUANTITY_EXCEEDED(Kind.CONFLICT);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public OrderRejection {
        requireNonNull(reason, "reason");
        requireNonNull(detail, "detail");
    }
}
