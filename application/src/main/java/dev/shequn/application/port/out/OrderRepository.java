package dev.shequn.application.port.out;

import dev.shequn.domain.order.Order;
import dev.shequn.domain.order.OrderId;
import dev.shequn.domain.shared.MerchantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The host's orders, keyed by merchant and the host's order id.
 *
 * <p>Optimistic versioning: {@code save} writes only if the stored version is still the one the order was read
 * at (0: new) and makes it {@code version() + 1}; otherwise, and when a new order's id is taken (the same order
 * placed twice at once), it writes nothing and answers {@code false}.
 */
public interface OrderRepository {

    Optional<Order> find(MerchantId merchantId, OrderId orderId);

    /** Placed orders whose hold ended at or before {@code now}, of every merchant, oldest hold first. */
    List<Order> findOverdue(Instant now, int limit);

    /**
     * Per promotion id, how many of the member's orders hold or redeemed it: placed, paid or partly refunded
     * (a cancelled or fully refunded order no longer counts). The pricing request's {@code usage}.
     */
    Map<String, Long> usageByMember(MerchantId merchantId, String memberId);

    boolean save(Order order);
}
