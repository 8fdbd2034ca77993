package dev.shequn.adapter.persistence.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.shequn.application.port.out.OrderRepository;
import dev.shequn.domain.order.CancelCause;
import dev.shequn.domain.order.Cart;
import dev.shequn.domain.order.Order;
import dev.shequn.domain.order.OrderId;
import dev.shequn.domain.order.OrderLine;
import dev.shequn.domain.order.OrderStatus;
import dev.shequn.domain.order.OrderTotals;
import dev.shequn.domain.order.PromotionReservation;
import dev.shequn.domain.order.Refund;
import dev.shequn.domain.order.RefundRequest;
import dev.shequn.domain.promotion.CouponCode;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The host's orders: one {@code host_order} row (status, member, hold and total as columns; the cart, priced
 * lines, totals and refund requests as JSON, read and written whole) and one {@code order_promotion} row per
 * promotion it holds, written once at placement, which is what usage counts read. An order read inside a unit of
 * work is locked until it ends, so two reports of one order queue; two placements of a new order race on its key.
 */
public final class JdbcOrderRepository implements OrderRepository {

    private static final TypeReference<List<OrderLine>> LINES = new TypeReference<>() {};
    private static final TypeReference<List<RefundRequest>> REFUNDS = new TypeReference<>() {};
    private static final String COLUMNS = "o.merchant_id, o.order_id, o.status, o.cart, o.order_lines, o.totals, o.refunds,"
            + " o.placed_at, o.hold_until, o.paid_at, o.cancel_cause, o.cancelled_at, o.version";

    private final JdbcSession session;
    private final JsonCodec json = JsonCodec.INSTANCE;

    public JdbcOrderRepository(JdbcSession session) {
        this.session = requireNonNull(session, "session");
    }

    @Override
    public Optional<Order> find(MerchantId merchantId, OrderId orderId) {
        requireNonNull(merchantId, "merchantId");
        requireNonNull(orderId, "orderId");
        return session.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM host_order o WHERE o.merchant_id = :merchant AND o.order_id = :id" + session.forUpdate())
                .bind("merchant", merchantId.value())
                .bind("id", orderId.value())
                .map((rs, ctx) -> row(rs))
                .findOne()
                .map(row -> order(h, row)));
    }

    @Override
    public List<Order> findOverdue(Instant now, int limit) {
        checkArgument(limit > 0, "limit must be positive");
        return session.withHandle(h -> h.createQuery("SELECT " + COLUMNS + """
                         FROM host_order o WHERE o.status = :status AND o.hold_until <= :now
                        ORDER BY o.hold_until, o.merchant_id, o.order_id LIMIT :limit""")
                .bind("status", OrderStatus.PLACED.name())
                .bind("now", Rows.utc(now))
                .bind("limit", limit)
                .map((rs, ctx) -> row(rs))
                .list()
                .stream().map(row -> order(h, row)).toList());
    }

    @Override
    public Map<String, Long> usageByMember(MerchantId merchantId, String memberId) {
        return session.withHandle(h -> {
            Map<String, Long> usage = new LinkedHashMap<>();
            h.createQuery("""
                            SELECT p.promotion_id, COUNT(DISTINCT p.order_id) AS orders
                              FROM host_order o
                              JOIN order_promotion p ON p.merchant_id = o.merchant_id AND p.order_id = o.order_id
                             WHERE o.merchant_id = :merchant AND o.member_id = :member AND o.status IN (<statuses>)
                             GROUP BY p.promotion_id ORDER BY p.promotion_id""")
                    .bind("merchant", merchantId.value())
                    .bind("member", memberId)
                    .bindList("statuses", List.of(OrderStatus.PLACED.name(), OrderStatus.PAID.name(),
                            OrderStatus.PARTIALLY_REFUNDED.name()))
                    .map((rs, ctx) -> Map.entry(rs.getString("promotion_id"), rs.getLong("orders")))
                    .forEach(e -> usage.put(e.getKey(), e.getValue()));
            return usage;
        });
    }

    @Override
    public boolean save(Order order) {
        requireNonNull(order, "order");
        return session.withHandle(h -> {
            var statement = order.version() == 0
                    ? h.createUpdate("""
                            INSERT INTO host_order (merchant_id, order_id, member_id, currency, status, total, cart,
                                order_lines, totals, refunds, placed_at, hold_until, paid_at, cancel_cause, cancelled_at,
                                version)
                            VALUES (:merchant, :id, :member, :currency, :status, :total, :cart, :lines, :totals, :refunds,
                                :placedAt, :holdUntil, :paidAt, :cancelCause, :cancelledAt, 1)""")
                            .bind("member", order.memberId().orElse(null))
                            .bind("currency", order.cart().currency().getCurrencyCode())
                            .bind("total", order.totals().total().minorUnits())
                            .bind("cart", json.write(order.cart()))
                            .bind("lines", json.write(order.lines()))
                            .bind("totals", json.write(order.totals()))
                            .bind("placedAt", Rows.utc(order.placedAt()))
                            .bind("holdUntil", Rows.utc(order.holdUntil()))
                    : h.createUpdate("""
                            UPDATE host_order SET status = :status, refunds = :refunds, paid_at = :paidAt,
                                cancel_cause = :cancelCause, cancelled_at = :cancelledAt, version = version + 1
                            WHERE merchant_id = :merchant AND order_id = :id AND version = :version""")
                            .bind("version", order.version());
            statement.bind("merchant", order.merchantId().value())
                    .bind("id", order.id().value())
                    .bind("status", order.status().name())
                    .bind("refunds", json.write(order.refunds().stream().map(Refund::request).toList()))
                    .bind("paidAt", Rows.utc(order.paidAt().orElse(null)))
                    .bind("cancelCause", order.cancelCause().map(Enum::name).orElse(null))
                    .bind("cancelledAt", Rows.utc(order.cancelledAt().orElse(null)));
            if (order.version() != 0) {
                return Rows.updatedOne(statement);
            }
            if (!Rows.insertUnlessTaken(h, statement)) {
                return false;
            }
            List<PromotionReservation> reservations = order.reservations();
            for (int i = 0; i < reservations.size(); i++) {
                PromotionReservation r = reservations.get(i);
                h.createUpdate("""
                                INSERT INTO order_promotion (merchant_id, order_id, position, promotion_id, coupon_code, amount)
                                VALUES (:merchant, :id, :position, :promotion, :coupon, :amount)""")
                        .bind("merchant", order.merchantId().value())
                        .bind("id", order.id().value())
                        .bind("position", i)
                        .bind("promotion", r.promotionId())
                        .bind("coupon", r.coupon().map(CouponCode::value).orElse(null))
                        .bind("amount", r.amount().minorUnits())
                        .execute();
            }
            return true;
        });
    }

    /** One {@code host_order} row as read, before its promotions are joined. */
    private record OrderRow(MerchantId merchantId, OrderId id, OrderStatus status, Cart cart, List<OrderLine> lines,
            OrderTotals totals, List<RefundRequest> refunds, Instant placedAt, Instant holdUntil, Optional<Instant> paidAt,
            Optional<CancelCause> cancelCause, Optional<Instant> cancelledAt, long version) {}

    private OrderRow row(ResultSet rs) throws SQLException {
        return new OrderRow(new MerchantId(rs.getString("merchant_id")), new OrderId(rs.getString("order_id")),
                OrderStatus.valueOf(rs.getString("status")), json.read(rs.getString("cart"), Cart.class),
                json.read(rs.getString("order_lines"), LINES), json.read(rs.getString("totals"), OrderTotals.class),
                json.read(rs.getString("refunds"), REFUNDS), Rows.instant(rs, "placed_at"),
                Rows.instant(rs, "hold_until"), Rows.optionalInstant(rs, "paid_at"),
                Rows.optionalString(rs, "cancel_cause").map(CancelCause::valueOf),
                Rows.optionalInstant(rs, "cancelled_at"), rs.getLong("version"));
    }

    private static Order order(Handle h, OrderRow row) {
        Currency currency = row.cart().currency();
        List<PromotionReservation> reservations = h.createQuery("""
                        SELECT promotion_id, coupon_code, amount FROM order_promotion
                         WHERE merchant_id = :merchant AND order_id = :id ORDER BY position""")
                .bind("merchant", row.merchantId().value())
                .bind("id", row.id().value())
                .map((rs, ctx) -> new PromotionReservation(rs.getString("promotion_id"),
                        Rows.optionalString(rs, "coupon_code").map(CouponCode::new),
                        Money.ofMinor(rs.getLong("amount"), currency)))
                .list();
        return Order.reconstitute(row.merchantId(), row.id(), row.cart(), row.lines(), row.totals(), reservations,
                row.placedAt(), row.holdUntil(), row.status(), row.paidAt(), row.cancelCause(), row.cancelledAt(),
                row.refunds(), row.version());
    }
}
