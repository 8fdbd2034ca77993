package dev.shequn.adapter.rest;

import static dev.shequn.adapter.rest.RestServer.Access.MERCHANT;

import dev.shequn.application.port.in.CancelOrderUseCase;
import dev.shequn.application.port.in.OrderView;
import dev.shequn.application.port.in.PayOrderUseCase;
import dev.shequn.application.port.in.PlaceOrderUseCase;
import dev.shequn.application.port.in.QuoteOrderUseCase;
import dev.shequn.application.port.in.RefundOrderUseCase;
import dev.shequn.application.pricing.PricingAnswerWriter;
import dev.shequn.domain.order.Cart;
import dev.shequn.domain.order.OrderId;
import dev.shequn.domain.promotion.CartLine;
import dev.shequn.domain.shared.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order life cycle of the host's orders, by the host's own order id: quote, place (reserve), pay, cancel,
 * refund. Payment and refund go through whatever {@link Services} wires, which books referral rewards and
 * commission when the composition root passes the referral decorators.
 */
final class OrderRoutes {

    private static final String ID_MESSAGE = "must be 1 to 64 characters without control characters";
    private static final String AMOUNT_MESSAGE = "must be a decimal amount with at most 15 integer digits";

    private final RestServer.Router router;

    OrderRoutes(RestServer.Router router) {
        this.router = router;
    }

    void register() {
        // A quote stores nothing, like the pricing dry run: no Idempotency-Key bookkeeping.
        router.postQuery("/v1/orders/{orderId}/quote", MERCHANT, this::quote);
        router.put("/v1/orders/{orderId}", MERCHANT, this::place);
        router.post("/v1/orders/{orderId}/payment", MERCHANT, this::pay);
        router.post("/v1/orders/{orderId}/cancellation", MERCHANT, this::cancel);
        router.post("/v1/orders/{orderId}/refunds", MERCHANT, this::refund);
    }

    // -------------------------------------------------------------------------------------------- cart

    record LineBody(
            @NotNull @Pattern(regexp = Wire.ID, message = ID_MESSAGE) String id,
            @Pattern(regexp = Wire.ID, message = ID_MESSAGE) String sku,
            @Pattern(regexp = Wire.ID, message = ID_MESSAGE) String category,
            @NotNull @Pattern(regexp = Wire.AMOUNT, message = AMOUNT_MESSAGE) String unitPrice,
            @NotNull @Min(1) @Max(CartLine.MAX_QUANTITY) Integer quantity) {}

    record CartBody(
            @Pattern(regexp = Wire.ID, message = ID_MESSAGE) String memberId,
            @NotNull @Pattern(regexp = Wire.CURRENCY, message = "must be an ISO 4217 code such as CNY") String currency,
            @NotNull @Size(min = 1, max = 500) List<@NotNull @Valid LineBody> lines,
            @Pattern(regexp = Wire.AMOUNT, message = AMOUNT_MESSAGE) String shipping,
            @Size(max = 20) List<@NotNull @Pattern(regexp = Wire.ID, message = ID_MESSAGE) String> codes) {

        Cart toCart() {
            Currency c = Wire.convert("/currency", currency, Currency::getInstance);
            List<CartLine> cartLines = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                LineBody line = lines.get(i);
                String at = "/lines/" + i;
                Money price = Wire.convert(at + "/unitPrice", line.unitPrice(), p -> Money.of(p, c));
                cartLines.add(Wire.convert(at, line, l -> new CartLine(l.id(), Optional.ofNullable(l.sku()),
                        Optional.ofNullable(l.category()), price, l.quantity())));
            }
            Money shippingMoney = shipping == null ? Money.zero(c) : Wire.convert("/shipping", shipping, s -> Money.of(s, c));
            return Wire.convert("/lines", this, b -> new Cart(Optional.ofNullable(memberId), c, cartLines, shippingMoney,
                    codes == null ? List.of() : codes));
        }
    }

    private static OrderId orderId(Request request) {
        return Wire.pathId(request, "orderId", "order", OrderId::new);
    }

    private Reply quote(Request request) {
        OrderId id = orderId(request);
        Cart cart = request.body(CartBody.class).toCart();
        var command = new QuoteOrderUseCase.Command(request.merchant(), id, cart);
        return UseCaseErrors.reply(router.services().quoteOrder().quote(command),
                answer -> Reply.ok(new PricingRoutes.RawJson("application/json", PricingAnswerWriter.write(answer))));
    }

    // ------------------------------------------------------------------------------------------- order

    record AllocationAnswer(String promotion, Wire.MoneyBody amount) {}

    record LineAnswer(String id, String sku, String category, Wire.MoneyBody unitPrice, int quantity,
            Wire.MoneyBody subtotal, Wire.MoneyBody discount, Wire.MoneyBody total, List<AllocationAnswer> allocations) {}

    record ReservationAnswer(String promotion, String coupon, Wire.MoneyBody amount) {}

    record TotalsAnswer(Wire.MoneyBody subtotal, Wire.MoneyBody discountTotal, Wire.MoneyBody shipping,
            Wire.MoneyBody shippingDiscount, Wire.MoneyBody depositPaid, Wire.MoneyBody total) {}

    record OrderAnswer(String orderId, String memberId, String status, TotalsAnswer totals, List<LineAnswer> lines,
            List<ReservationAnswer> promotions, Instant holdUntil, Wire.MoneyBody refunded) {

        static OrderAnswer of(OrderView view) {
            var t = view.totals();
            return new OrderAnswer(view.orderId(), view.memberId().orElse(null), Wire.name(view.status()),
                    new TotalsAnswer(m(t.subtotal()), m(t.discountTotal()), m(t.shipping()), m(t.shippingDiscount()),
                            m(t.depositPaid()), m(t.total())),
                    view.lines().stream().map(l -> new LineAnswer(l.id(), l.line().sku().orElse(null),
                            l.line().category().orElse(null), m(l.line().unitPrice()), l.line().quantity(),
                            m(l.line().subtotal()), m(l.discount()), m(l.total()),
                            l.allocations().stream().map(a -> new AllocationAnswer(a.promotionId(), m(a.amount()))).toList()))
                            .toList(),
                    view.promotions().stream().map(r -> new ReservationAnswer(r.promotionId(),
                            r.coupon().map(c -> c.value()).orElse(null), m(r.amount()))).toList(),
                    view.holdUntil(), m(view.refunded()));
        }

        private static Wire.MoneyBody m(Money money) {
            return Wire.MoneyBody.of(money);
        }
    }

    /** 201 when this call placed the order, 200 for a repeat with the same cart. */
    private Reply place(Request request) {
        OrderId id = orderId(request);
        Cart cart = request.body(CartBody.class).toCart();
        var command = new PlaceOrderUseCase.Command(request.merchant(), id, cart);
        return UseCaseErrors.reply(router.services().placeOrder().placeOrder(command),
                placed -> new Reply(placed.answer().isPresent() ? 201 : 200, OrderAnswer.of(placed.order())));
    }

    /** The steps without content take an empty object, so every write route reads JSON alike. */
    record EmptyBody() {}

    private Reply pay(Request request) {
        OrderId id = orderId(request);
        request.body(EmptyBody.class);
        return UseCaseErrors.reply(router.services().payOrder().payOrder(new PayOrderUseCase.Command(request.merchant(), id)),
                view -> Reply.ok(OrderAnswer.of(view)));
    }

    private Reply cancel(Request request) {
        OrderId id = orderId(request);
        request.body(EmptyBody.class);
        return UseCaseErrors.reply(
                router.services().cancelOrder().cancelOrder(new CancelOrderUseCase.Command(request.merchant(), id)),
                view -> Reply.ok(OrderAnswer.of(view)));
    }

    // ------------------------------------------------------------------------------------------ refund

    record RefundBody(
            @NotNull @Pattern(regexp = "^[^\\p{Cntrl}]{1,100}$", message = "must be 1 to 100 characters without control characters") String refundId,
            @Size(min = 1, max = 500) Map<@Pattern(regexp = Wire.ID, message = ID_MESSAGE) String, @NotNull @Min(1) @Max(CartLine.MAX_QUANTITY) Long> units) {}

    record RefundAnswer(String refundId, Wire.MoneyBody amount, boolean completesOrder, OrderAnswer order) {}

    /** Without {@code units} the whole order; otherwise that many units of each named line. */
    private Reply refund(Request request) {
        OrderId id = orderId(request);
        RefundBody body = request.body(RefundBody.class);
        var command = new RefundOrderUseCase.Command(request.merchant(), id, body.refundId(),
                body.units() == null ? null : new LinkedHashMap<>(body.units()));
        return UseCaseErrors.reply(router.services().refundOrder().refundOrder(command),
                refunded -> Reply.created(new RefundAnswer(refunded.refund().refundId(),
                        Wire.MoneyBody.of(refunded.refund().amount()), refunded.refund().completesOrder(),
                        OrderAnswer.of(refunded.order()))));
    }
}
