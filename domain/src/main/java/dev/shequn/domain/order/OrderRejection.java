package dev.shequn.domain.order;

import static java.util.Objects.requireNonNull;

/** Why an order refused a reported step. */
public record OrderRejection(Reason reason, String detail) {

    public enum Reason {
        /** The same order id reported again with something else: another cart, another refund under one refund id. */
        CONFLICTING_REPEAT,
        CANCELLED,
        /** Cancelling a paid order: refund it instead. */
        ALREADY_PAID,
        /** Refunding an order that was never paid. */
        NOT_PAID,
        /** Paying after the reservation's hold time: the discounts it held are no longer guaranteed. */
        RESERVATION_EXPIRED,
        ALREADY_REFUNDED,
        UNKNOWN_LINE,
        /** More units refunded than are left on the line. */
        QUANTITY_EXCEEDED
    }

    public OrderRejection {
        requireNonNull(reason, "reason");
        requireNonNull(detail, "detail");
    }
}
