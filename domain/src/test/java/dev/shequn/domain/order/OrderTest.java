package dev.shequn.domain.order;

import static dev.shequn.domain.promotion.CatalogFixtures.CNY;
import static dev.shequn.domain.promotion.CatalogFixtures.NOV_1;
import static dev.shequn.domain.promotion.CatalogFixtures.OLIVE_SHOP;
import static dev.shequn.domain.promotion.CatalogFixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.domain.order.OrderRejection.Reason;
import dev.shequn.domain.promotion.CartLine;
import dev.shequn.domain.promotion.PricingAnswer;
import dev.shequn.domain.shared.Money;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OrderTest {

    /** Three bottles at 33.33 and a vinegar at 10.00; spend-save gave 10.00, split 7.50 / 2.50. */
    private final Cart cart = new Cart(Optional.of("m-1"), CNY, List.of(
            new CartLine("oil", Optional.of("oil-500"), Optional.of("oil"), cny("33.33"), 3),
            new CartLine("vinegar", Optional.of("vin"), Optional.of("condiment"), cny("10.00"), 1)),
            Money.zero(CNY), List.of());

    private Order placed() {
        PricingAnswer answer = new PricingAnswer(CNY, cny("109.99"), cny("10.00"), cny("0"), cny("0"), cny("0"),
                cny("99.99"),
                List.of(new PricingAnswer.LineResult("oil", cny("99.99"), cny("7.50"), cny("92.49"),
                                List.of(new PricingAnswer.Allocation("spend", cny("7.50")))),
                        new PricingAnswer.LineResult("vinegar", cny("10.00"), cny("2.50"), cny("7.50"),
                                List.of(new PricingAnswer.Allocation("spend", cny("2.50"))))),
                List.of(), List.of(new PricingAnswer.Applied("spend", Optional.empty(), cny("10.00"))), List.of());
        return Order.place(OLIVE_SHOP, new OrderId("o-1"), cart, answer,
                List.of(new PromotionReservation("spend", Optional.empty(), cny("10.00"))), Order.DEFAULT_HOLD, NOV_1);
    }

    @Test
    void givenPlacedOrder_whenRepeatedWithSameOrOtherCart_thenSameOrConflict() {
        Order order = placed();
        Cart other = new Cart(Optional.of("m-1"), CNY, cart.lines().subList(0, 1), Money.zero(CNY), List.of());

        assertThat(order.samePlacement(cart).get()).isSameAs(order);
        assertThat(order.samePlacement(other).getLeft().reason()).isEqualTo(Reason.CONFLICTING_REPEAT);
        assertThat(order.holdUntil()).isEqualTo(NOV_1.plus(Duration.ofMinutes(30)));
    }

    @Test
    void givenPlacedOrder_whenPaidTwice_thenOneEvent() {
        Order order = placed();

        assertThat(order.pay(NOV_1.plusSeconds(60)).get()).isPresent();
        assertThat(order.pay(NOV_1.plusSeconds(90)).get()).isEmpty();
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        assertThat(order.cancel(NOV_1).getLeft().reason()).isEqualTo(Reason.ALREADY_PAID);
    }

    @Test
    void givenHoldPassed_whenPaying_thenReservationExpiredAndTheSweepCancels() {
        Order order = placed();

        assertThat(order.pay(order.holdUntil()).getLeft().reason()).isEqualTo(Reason.RESERVATION_EXPIRED);
        assertThat(order.expireIfOverdue(order.holdUntil().minusSeconds(1))).isEmpty();
        assertThat(order.expireIfOverdue(order.holdUntil()).get().cause()).isEqualTo(CancelCause.RESERVATION_EXPIRED);
        assertThat(order.pay(order.holdUntil()).getLeft().reason()).isEqualTo(Reason.CANCELLED);
    }

    @Test
    void givenCancelledOrder_whenCancelledAgain_thenNoSecondEvent() {
        Order order = placed();

        assertThat(order.cancel(NOV_1).get()).isPresent();
        assertThat(order.cancel(NOV_1).get()).isEmpty();
        assertThat(order.refund("r-1", Optional.empty(), NOV_1).getLeft().reason()).isEqualTo(Reason.NOT_PAID);
    }

    @Test
    void givenPaidOrder_whenRefundedBottleByBottle_thenAmountsAddUpExactly() {
        Order order = placed();
        order.pay(NOV_1);

        Refund first = order.refund("r-1", Optional.of(Map.of("oil", 1L)), NOV_1).get().refund();
        Refund second = order.refund("r-2", Optional.of(Map.of("oil", 1L)), NOV_1).get().refund();
        Refund rest = order.refund("r-3", Optional.empty(), NOV_1).get().refund();

        assertThat(first.amount()).isEqualTo(cny("30.83"));
        assertThat(first.budgetReturns()).containsExactly(new Refund.BudgetReturn("spend", cny("2.50")));
        assertThat(second.amount()).isEqualTo(cny("30.83"));
        assertThat(first.completesOrder()).isFalse();
        assertThat(rest.completesOrder()).isTrue();
        assertThat(first.amount().plus(second.amount()).plus(rest.amount())).isEqualTo(cny("99.99"));
        assertThat(rest.budgetReturns()).containsExactly(new Refund.BudgetReturn("spend", cny("5.00")));
        assertThat(order.status()).isEqualTo(OrderStatus.REFUNDED);
    }

    @Test
    void givenRefundId_whenRepeatedSameOrOther_thenFirstOutcomeOrConflict() {
        Order order = placed();
        order.pay(NOV_1);
        Order.RefundOutcome first = order.refund("r-1", Optional.of(Map.of("vinegar", 1L)), NOV_1).get();

        Order.RefundOutcome again = order.refund("r-1", Optional.of(Map.of("vinegar", 1L)), NOV_1).get();

        assertThat(first.event()).isPresent();
        assertThat(again.event()).isEmpty();
        assertThat(again.refund()).isEqualTo(first.refund());
        assertThat(order.refund("r-1", Optional.of(Map.of("oil", 1L)), NOV_1).getLeft().reason())
                .isEqualTo(Reason.CONFLICTING_REPEAT);
        assertThat(order.refund("r-2", Optional.of(Map.of("vinegar", 1L)), NOV_1).getLeft().reason())
                .isEqualTo(Reason.QUANTITY_EXCEEDED);
        assertThat(order.refund("r-2", Optional.of(Map.of("nope", 1L)), NOV_1).getLeft().reason())
                .isEqualTo(Reason.UNKNOWN_LINE);
        assertThat(order.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
    }

    @Test
    void givenRefundedOrder_whenReconstituted_thenRefundsReplayToTheSameAmounts() {
        Order order = placed();
        order.pay(NOV_1);
        order.refund("r-1", Optional.of(Map.of("oil", 2L)), NOV_1);
        order.refund("r-2", Optional.empty(), NOV_1);

        Order loaded = Order.reconstitute(order.merchantId(), order.id(), order.cart(), order.lines(), order.totals(),
                order.reservations(), order.placedAt(), order.holdUntil(), order.status(), order.paidAt(),
                order.cancelCause(), order.cancelledAt(), order.refunds().stream().map(Refund::request).toList(), 3);

        assertThat(loaded.refunds()).isEqualTo(order.refunds());
        assertThat(loaded.refunded()).isEqualTo(cny("99.99"));
        assertThat(loaded.refund("r-3", Optional.empty(), NOV_1).getLeft().reason()).isEqualTo(Reason.ALREADY_REFUNDED);
    }
}
