package dev.shequn.application.port.in;

import dev.shequn.domain.order.Order;
import dev.shequn.domain.order.OrderLine;
import dev.shequn.domain.order.OrderStatus;
import dev.shequn.domain.order.OrderTotals;
import dev.shequn.domain.order.PromotionReservation;
import dev.shequn.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An order as use cases answer it. Repeating a step answers this same view of the order as it stands, so a
 * host that retries gets what the first call would have told it.
 */
public record OrderView(
        String orderId,
        Optional<String> memberId,
        OrderStatus status,
        OrderTotals totals,
        List<OrderLine> lines,
        List<PromotionReservation> promotions,
        Instant holdUntil,
        Money refunded) {

    public OrderView {
        lines = List.copyOf(lines);
        promotions = List.copyOf(promotions);
    }

    public static OrderView of(Order order) {
        return new OrderView(order.id().value(), order.memberId(), order.status(), order.totals(), order.lines(),
                order.reservations(), order.holdUntil(), order.refunded());
    }
}
