package dev.shequn.domain.order;

import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What happens to the host's orders. */
public final class OrderEvents {

    private OrderEvents() {}

    public record OrderPlaced(MerchantId merchantId, OrderId orderId, Optional<String> memberId, Money subtotal,
            Money discountTotal, Money total, List<PromotionReservation> reservations, Instant holdUntil,
            Instant occurredAt) implements DomainEvent {
        public OrderPlaced {
            reservations = List.copyOf(reservations);
        }
    }

    public record OrderPaid(MerchantId merchantId, OrderId orderId, Optional<String> memberId, Money total,
            List<PromotionReservation> redeemed, Instant occurredAt) implements DomainEvent {
        public OrderPaid {
            redeemed = List.copyOf(redeemed);
        }
    }

    public record OrderCancelled(MerchantId merchantId, OrderId orderId, Optional<String> memberId, CancelCause cause,
            List<PromotionReservation> released, Instant occurredAt) implements DomainEvent {
        public OrderCancelled {
            released = List.copyOf(released);
        }
    }

    public record OrderRefunded(MerchantId merchantId, OrderId orderId, Optional<String> memberId, String refundId,
            Money amount, List<Refund.BudgetReturn> budgetReturned, boolean fullyRefunded, Instant occurredAt)
            implements DomainEvent {
        public OrderRefunded {
            budgetReturned = List.copyOf(budgetReturned);
        }
    }
}
