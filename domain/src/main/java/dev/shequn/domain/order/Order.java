package dev.shequn.domain.order;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.order.OrderEvents.OrderCancelled;
import dev.shequn.domain.order.OrderEvents.OrderPaid;
import dev.shequn.domain.order.OrderEvents.OrderPlaced;
import dev.shequn.domain.order.OrderEvents.OrderRefunded;
import dev.shequn.domain.order.OrderRejection.Reason;
import dev.shequn.domain.promotion.CartLine;
import dev.shequn.domain.promotion.PricingAnswer;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The host's order, keyed by the host's own order id. Placing it fixes its price and the promotions it holds;
 * paying redeems them; cancelling (or the hold timing out) releases them; refunds give them back in
 * proportion to the units refunded.
 *
 * <p>Every step is idempotent: a repeat of a step already taken answers the same outcome and no event; a
 * report that contradicts what happened (another cart, pay after cancel) is refused with a reason.
 *
 * <p>Refund amounts are never stored but derived, refund after refund, by one rule: for {@code c} units of a
 * line of {@code q} refunded so far, {@code floor(x * c / q)} of each amount {@code x} of the line (its total,
 * each promotion's allocation) has been given back. Partial refunds therefore never round in the member's or
 * the budget's favour twice, and the refund that completes the order gives back exactly what is left.
 * {@code version} is the stored version this copy was read at (0: new).
 */
public final class Order {

    /** How long a placed order holds its reservations when nobody says otherwise. */
    public static final Duration DEFAULT_HOLD = Duration.ofMinutes(30);

    private final MerchantId merchantId;
    private final OrderId id;
    private final Cart cart;
    private final List<OrderLine> lines;
    private final OrderTotals totals;
    private final List<PromotionReservation> reservations;
    private final Instant placedAt;
    private final Instant holdUntil;
    private final long version;
    private OrderStatus status;
    private Optional<Instant> paidAt;
    private Optional<CancelCause> cancelCause;
    private Optional<Instant> cancelledAt;
    private final List<Refund> refunds;

    private Order(MerchantId merchantId, OrderId id, Cart cart, List<OrderLine> lines, OrderTotals totals,
            List<PromotionReservation> reservations, Instant placedAt, Instant holdUntil, OrderStatus status,
            Optional<Instant> paidAt, Optional<CancelCause> cancelCause, Optional<Instant> cancelledAt, long version) {
        this.merchantId = requireNonNull(merchantId, "merchantId");
        this.id = requireNonNull(id, "id");
        this.cart = requireNonNull(cart, "cart");
        this.lines = List.copyOf(lines);
        checkArgument(this.lines.stream().map(OrderLine::line).toList().equals(cart.lines()), "order lines follow the cart");
        this.totals = requireNonNull(totals, "totals");
        this.reservations = List.copyOf(reservations);
        this.placedAt = requireNonNull(placedAt, "placedAt");
        this.holdUntil = requireNonNull(holdUntil, "holdUntil");
        this.status = requireNonNull(status, "status");
        this.paidAt = requireNonNull(paidAt, "paidAt");
        this.cancelCause = requireNonNull(cancelCause, "cancelCause");
        this.cancelledAt = requireNonNull(cancelledAt, "cancelledAt");
        checkArgument(version >= 0, "version must not be negative");
        this.version = version;
        this.refunds = new ArrayList<>();
    }

    /**
     * A new placed order from the engine's answer for {@code cart}; {@code reservations} are the promotions
     * the caller managed to reserve for it (every applied one).
     */
    public static Order place(MerchantId merchantId, OrderId id, Cart cart, PricingAnswer answer,
            List<PromotionReservation> reservations, Duration hold, Instant now) {
        checkArgument(answer.lines().size() == cart.lines().size(), "the answer prices every line of the cart");
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < cart.lines().size(); i++) {
            CartLine line = cart.lines().get(i);
            PricingAnswer.LineResult result = answer.lines().get(i);
            checkArgument(result.id().equals(line.id()), "answer line %s for cart line %s", result.id(), line.id());
            lines.add(new OrderLine(line, result.allocations().stream()
                    .map(a -> new OrderLine.Allocation(a.promotion(), a.amount())).toList()));
        }
        OrderTotals totals = new OrderTotals(answer.subtotal(), answer.discountTotal(), answer.shipping(),
                answer.shippingDiscount(), answer.depositPaid(), answer.total());
        checkArgument(!hold.isNegative() && !hold.isZero(), "hold must be positive");
        return new Order(merchantId, id, cart, lines, totals, reservations, now, now.plus(hold), OrderStatus.PLACED,
                Optional.empty(), Optional.empty(), Optional.empty(), 0);
    }

    /** A stored order; its refunds are replayed in the order they were taken, which recomputes their amounts. */
    public static Order reconstitute(MerchantId merchantId, OrderId id, Cart cart, List<OrderLine> lines,
            OrderTotals totals, List<PromotionReservation> reservations, Instant placedAt, Instant holdUntil,
            OrderStatus status, Optional<Instant> paidAt, Optional<CancelCause> cancelCause,
            Optional<Instant> cancelledAt, List<RefundRequest> refunds, long version) {
        Order order = new Order(merchantId, id, cart, lines, totals, reservations, placedAt, holdUntil,
                refunds.isEmpty() ? status : OrderStatus.PAID, paidAt, cancelCause, cancelledAt, version);
        for (RefundRequest request : refunds) {
            order.take(order.compute(request));
        }
        checkArgument(order.status == status, "stored status %s does not follow from the refunds (%s)", status, order.status);
        return order;
    }

    public OrderPlaced placed() {
        return new OrderPlaced(merchantId, id, cart.memberId(), totals.subtotal(), totals.discountTotal(), totals.total(),
                reservations, holdUntil, placedAt);
    }

    /** Whether a repeated placement is the same one (equal cart), to be answered with this order as it is. */
    public Either<OrderRejection, Order> samePlacement(Cart repeated) {
        if (!cart.equals(repeated)) {
            return Either.left(new OrderRejection(Reason.CONFLICTING_REPEAT,
                    "order " + id + " was placed with another cart"));
        }
        return Either.right(this);
    }

    public Either<OrderRejection, Optional<OrderPaid>> pay(Instant now) {
        switch (status) {
            case PAID, PARTIALLY_REFUNDED, REFUNDED -> {
                return Either.right(Optional.empty());
            }
            case CANCELLED -> {
                return Either.left(new OrderRejection(Reason.CANCELLED, "order " + id + " was cancelled ("
                        + cancelCause.map(Enum::name).orElse("") + ")"));
            }
            default -> {
                if (!now.isBefore(holdUntil)) {
                    return Either.left(new OrderRejection(Reason.RESERVATION_EXPIRED,
                            "order " + id + " held its promotions until " + holdUntil));
                }
                status = OrderStatus.PAID;
                paidAt = Optional.of(now);
                return Either.right(Optional.of(new OrderPaid(merchantId, id, cart.memberId(), totals.total(),
                        reservations, now)));
            }
        }
    }

    public Either<OrderRejection, Optional<OrderCancelled>> cancel(Instant now) {
        if (status == OrderStatus.CANCELLED) {
            return Either.right(Optional.empty());
        }
        if (status != OrderStatus.PLACED) {
            return Either.left(new OrderRejection(Reason.ALREADY_PAID, "order " + id + " is " + status + "; refund it"));
        }
        return Either.right(Optional.of(close(CancelCause.BY_HOST, now)));
    }

    /** Releases a placed order whose hold has passed; anything else is left alone. */
    public Optional<OrderCancelled> expireIfOverdue(Instant now) {
        if (status != OrderStatus.PLACED || now.isBefore(holdUntil)) {
            return Optional.empty();
        }
        return Optional.of(close(CancelCause.RESERVATION_EXPIRED, now));
    }

    /**
     * Refunds {@code units} per line id, or with none given the whole rest of the order. A refund id already
     * taken answers its first outcome and no event, if the request is the same.
     */
    public Either<OrderRejection, RefundOutcome> refund(String refundId, Optional<Map<String, Long>> units, Instant now) {
        requireNonNull(units, "units");
        Optional<Refund> earlier = refunds.stream().filter(r -> r.refundId().equals(refundId)).findFirst();
        if (earlier.isPresent()) {
            RefundRequest first = earlier.get().request();
            boolean same = units.isEmpty() ? first.wholeOrder()
                    : !first.wholeOrder() && first.units().equals(new TreeMap<>(units.get()));
            return same ? Either.right(new RefundOutcome(earlier.get(), Optional.empty()))
                    : Either.left(new OrderRejection(Reason.CONFLICTING_REPEAT,
                            "refund " + refundId + " of order " + id + " was reported with other lines"));
        }
        if (status == OrderStatus.PLACED || status == OrderStatus.CANCELLED) {
            return Either.left(new OrderRejection(Reason.NOT_PAID, "order " + id + " is " + status));
        }
        if (status == OrderStatus.REFUNDED) {
            return Either.left(new OrderRejection(Reason.ALREADY_REFUNDED, "order " + id + " is refunded in full"));
        }
        Map<String, Long> left = unitsLeft();
        SortedMap<String, Long> taken = new TreeMap<>();
        if (units.isEmpty()) {
            left.forEach((line, count) -> {
                if (count > 0) {
                    taken.put(line, count);
                }
            });
        } else {
            for (Map.Entry<String, Long> entry : units.get().entrySet()) {
                if (!left.containsKey(entry.getKey())) {
                    return Either.left(new OrderRejection(Reason.UNKNOWN_LINE,
                            "order " + id + " has no line " + entry.getKey()));
                }
                if (entry.getValue() > left.get(entry.getKey())) {
                    return Either.left(new OrderRejection(Reason.QUANTITY_EXCEEDED, "line " + entry.getKey()
                            + " has " + left.get(entry.getKey()) + " unit(s) left to refund, not " + entry.getValue()));
                }
                taken.put(entry.getKey(), entry.getValue());
            }
        }
        Refund refund = compute(new RefundRequest(refundId, units.isEmpty(), taken, now));
        take(refund);
        return Either.right(new RefundOutcome(refund, Optional.of(new OrderRefunded(merchantId, id, cart.memberId(),
                refundId, refund.amount(), refund.budgetReturns(), refund.completesOrder(), now))));
    }

    /** A refund's result; {@code event} is empty when it repeats one already taken. */
    public record RefundOutcome(Refund refund, Optional<OrderRefunded> event) {}

    private OrderCancelled close(CancelCause cause, Instant now) {
        status = OrderStatus.CANCELLED;
        cancelCause = Optional.of(cause);
        cancelledAt = Optional.of(now);
        return new OrderCancelled(merchantId, id, cart.memberId(), cause, reservations, now);
    }

    private Refund compute(RefundRequest request) {
        Map<String, Long> before = unitsRefunded();
        Money zero = Money.zero(cart.currency());
        Money lineAmount = zero;
        Map<String, Money> returns = new LinkedHashMap<>();
        reservations.forEach(r -> returns.put(r.promotionId(), zero));
        boolean completes = true;
        for (OrderLine line : lines) {
            long q = line.line().quantity();
            long was = before.getOrDefault(line.id(), 0L);
            long now = was + request.units().getOrDefault(line.id(), 0L);
            checkArgument(now <= q, "line %s refunded beyond its quantity", line.id());
            completes &= now == q;
            lineAmount = lineAmount.plus(share(line.total(), was, now, q));
            for (OrderLine.Allocation allocation : line.allocations()) {
                returns.merge(allocation.promotionId(), share(allocation.amount(), was, now, q), Money::plus);
            }
        }
        checkArgument(request.units().keySet().stream().allMatch(l -> lines.stream().anyMatch(x -> x.id().equals(l))),
                "refund names unknown lines");
        Money refundedBefore = refunds.stream().map(Refund::amount).reduce(zero, Money::plus);
        Money remaining = totals.total().minus(refundedBefore);
        Money amount = completes ? remaining : lineAmount.min(remaining);
        List<Refund.BudgetReturn> budget = new ArrayList<>();
        for (PromotionReservation reservation : reservations) {
            Money given = returns.getOrDefault(reservation.promotionId(), zero);
            if (completes) {
                Money returnedBefore = refunds.stream().flatMap(r -> r.budgetReturns().stream())
                        .filter(b -> b.promotionId().equals(reservation.promotionId()))
                        .map(Refund.BudgetReturn::amount).reduce(zero, Money::plus);
                given = reservation.amount().minus(returnedBefore);
            }
            budget.add(new Refund.BudgetReturn(reservation.promotionId(), given));
        }
        return new Refund(request, amount, budget, completes);
    }

    private void take(Refund refund) {
        refunds.add(refund);
        status = refund.completesOrder() ? OrderStatus.REFUNDED : OrderStatus.PARTIALLY_REFUNDED;
    }

    /** {@code floor(x * now / q) - floor(x * was / q)}: the part of {@code x} that units {@code was+1..now} carry. */
    private static Money share(Money x, long was, long now, long q) {
        BigInteger minor = BigInteger.valueOf(x.minorUnits());
        BigInteger big = BigInteger.valueOf(q);
        long upTo = minor.multiply(BigInteger.valueOf(now)).divide(big).longValueExact();
        long before = minor.multiply(BigInteger.valueOf(was)).divide(big).longValueExact();
        return Money.ofMinor(upTo - before, x.currency());
    }

    private Map<String, Long> unitsRefunded() {
        Map<String, Long> done = new HashMap<>();
        refunds.forEach(r -> r.request().units().forEach((line, units) -> done.merge(line, units, Long::sum)));
        return done;
    }

    /** Units per line not refunded yet, in line order. */
    public Map<String, Long> unitsLeft() {
        Map<String, Long> done = unitsRefunded();
        Map<String, Long> left = new LinkedHashMap<>();
        lines.forEach(l -> left.put(l.id(), l.line().quantity() - done.getOrDefault(l.id(), 0L)));
        return left;
    }

    /** What the member has got back so far. */
    public Money refunded() {
        return refunds.stream().map(Refund::amount).reduce(Money.zero(cart.currency()), Money::plus);
    }

    public MerchantId merchantId() {
        return merchantId;
    }

    public OrderId id() {
        return id;
    }

    public Cart cart() {
        return cart;
    }

    public Optional<String> memberId() {
        return cart.memberId();
    }

    public List<OrderLine> lines() {
        return lines;
    }

    public OrderTotals totals() {
        return totals;
    }

    public List<PromotionReservation> reservations() {
        return reservations;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public Instant holdUntil() {
        return holdUntil;
    }

    public OrderStatus status() {
        return status;
    }

    public Optional<Instant> paidAt() {
        return paidAt;
    }

    public Optional<CancelCause> cancelCause() {
        return cancelCause;
    }

    public Optional<Instant> cancelledAt() {
        return cancelledAt;
    }

    public List<Refund> refunds() {
        return Collections.unmodifiableList(refunds);
    }

    public long version() {
        return version;
    }
}
