package dev.shequn.domain.order;

/** Where the host's order is. A placed order holds its reservations until paid, cancelled or timed out. */
public enum OrderStatus {
    PLACED,
    PAID,
    CANCELLED,
    PARTIALLY_REFUNDED,
    REFUNDED
}
