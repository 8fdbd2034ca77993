package dev.shequn.domain.order;

/** Why a placed order ended unpaid. */
public enum CancelCause {
    /** The host reported the cancellation. */
    BY_HOST,
    /** Nobody paid within the reservation's hold time. */
    RESERVATION_EXPIRED
}
