package dev.shequn.adapter.persistence.memory;

import static com.google.common.base.Preconditions.checkArgument;

import dev.shequn.application.port.out.OrderRepository;
import dev.shequn.domain.order.Order;
import dev.shequn.domain.order.OrderId;
import dev.shequn.domain.order.OrderStatus;
import dev.shequn.domain.order.PromotionReservation;
import dev.shequn.domain.order.Refund;
import dev.shequn.domain.shared.MerchantId;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

public final class InMemoryOrderRepository implements OrderRepository {

    /** The orders that still hold or have spent their promotions. */
    static final Set<OrderStatus> COUNTING = EnumSet.of(OrderStatus.PLACED, OrderStatus.PAID, OrderStatus.PARTIALLY_REFUNDED);

    /** Below and above every key: merchant ids are never blank, and never start with U+FFFF. */
    private static final RowKey FIRST = new RowKey("", "", "");
    private static final RowKey LAST = new RowKey("\uFFFF", "", "");

    private final VersionedTable<RowKey, Order> table;

    public InMemoryOrderRepository(InMemoryStore store) {
        table = new VersionedTable<>(store, Order::version, (o, v) -> Order.reconstitute(o.merchantId(), o.id(),
                o.cart(), o.lines(), o.totals(), o.reservations(), o.placedAt(), o.holdUntil(), o.status(), o.paidAt(),
                o.cancelCause(), o.cancelledAt(), o.refunds().stream().map(Refund::request).toList(), v));
    }

    @Override
    public Optional<Order> find(MerchantId merchantId, OrderId orderId) {
        return table.find(RowKey.of(merchantId, orderId.value()));
    }

    @Override
    public List<Order> findOverdue(Instant now, int limit) {
        checkArgument(limit > 0, "limit must be positive");
        return table.range(FIRST, LAST, Integer.MAX_VALUE).stream()
                .filter(o -> o.status() == OrderStatus.PLACED && !o.holdUntil().isAfter(now))
                .sorted(Comparator.comparing(Order::holdUntil)).limit(limit).toList();
    }

    @Override
    public Map<String, Long> usageByMember(MerchantId merchantId, String memberId) {
        Map<String, Long> usage = new TreeMap<>();
        table.range(RowKey.of(merchantId), RowKey.afterMerchant(merchantId), Integer.MAX_VALUE).stream()
                .filter(o -> o.memberId().equals(Optional.of(memberId)) && COUNTING.contains(o.status()))
                .forEach(o -> o.reservations().stream().map(PromotionReservation::promotionId).distinct()
                        .forEach(id -> usage.merge(id, 1L, Long::sum)));
        return usage;
    }

    @Override
    public boolean save(Order order) {
        return table.save(RowKey.of(order.merchantId(), order.id().value()), order);
    }
}
