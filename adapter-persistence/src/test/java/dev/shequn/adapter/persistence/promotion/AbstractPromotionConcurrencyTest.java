package dev.shequn.adapter.persistence.promotion;

import static dev.shequn.adapter.persistence.promotion.PromotionWorld.cart;
import static dev.shequn.adapter.persistence.promotion.PromotionWorld.cny;
import static dev.shequn.adapter.persistence.promotion.PromotionWorld.line;
import static dev.shequn.adapter.persistence.promotion.PromotionWorld.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.port.in.GrantCouponUseCase;
import dev.shequn.application.port.in.PayOrderUseCase;
import dev.shequn.application.port.in.PlaceOrderUseCase;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.order.Cart;
import dev.shequn.domain.order.Order;
import dev.shequn.domain.order.OrderId;
import dev.shequn.domain.promotion.CouponTerms;
import dev.shequn.domain.promotion.CouponValidity;
import dev.shequn.domain.promotion.Effect;
import dev.shequn.domain.promotion.Promotion;
import dev.shequn.domain.promotion.PromotionCounters;
import dev.shequn.domain.promotion.RefundPolicy;
import dev.shequn.domain.promotion.Stacking;
import dev.shequn.domain.promotion.Target;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Many threads at once against one promotion, each order reported twice as a retrying host would: limits hold
 * exactly, a coupon is never held twice, nothing is booked twice. On a database the threads are separate
 * transactions, as separate servers would be.
 */
abstract class AbstractPromotionConcurrencyTest {

    static final int THREADS = 64;
    static final Instant NOV_11 = Instant.parse("2026-11-11T00:00:00Z");

    protected abstract PromotionWorld world(Instant start);

    /** How many orders race for the 1,000 redemptions; a database backend may race fewer to keep the build quick. */
    protected int racingOrders() {
        return 1_300;
    }

    @Test
    void givenThousandRedemptionsLeft_when64ThreadsPlaceOrdersTwiceEach_thenExactlyThousandGetThePromotion() throws Exception {
        PromotionWorld w = world(NOV_11);
        w.activePromotion(flash("flash", OptionalLong.of(1000), Optional.empty()), null);
        Cart cart = cart(Optional.empty(), List.of(), line("oil", "oil", "100.00", 1));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < racingOrders(); i++) {
            ids.add("o-" + i);
        }

        List<Either<UseCaseError, PlaceOrderUseCase.Placed>> placed = race(twice(ids), id ->
                w.promotions.placeOrder().placeOrder(new PlaceOrderUseCase.Command(w.merchant, new OrderId(id), cart)));
        List<Either<UseCaseError, ?>> paid = race(twice(ids), id ->
                w.promotions.payOrder().payOrder(new PayOrderUseCase.Command(w.merchant, new OrderId(id))));

        assertThat(placed).allSatisfy(r -> assertThat(r.isRight()).as("%s", r).isTrue());
        assertThat(paid).allSatisfy(r -> assertThat(r.isRight()).as("%s", r).isTrue());
        long discounted = ids.stream().map(id -> order(w, id))
                .filter(o -> !o.reservations().isEmpty()).count();
        assertThat(discounted).isEqualTo(1000);
        assertThat(counters(w, "flash")).isEqualTo(new PromotionCounters(1000, 0, 0, 0, 0));
    }

    @Test
    void givenBudget_whenOrdersRaceForIt_thenItIsSpentToTheCentAndNeverBelowZero() throws Exception {
        PromotionWorld w = world(NOV_11);
        w.activePromotion(flash("budget", OptionalLong.empty(), Optional.of(cny("100.00"))), null);
        Cart cart = cart(Optional.empty(), List.of(), line("oil", "oil", "100.00", 1));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2 * THREADS; i++) {
            ids.add("b-" + i);
        }

        List<Either<UseCaseError, PlaceOrderUseCase.Placed>> placed = race(twice(ids), id ->
                w.promotions.placeOrder().placeOrder(new PlaceOrderUseCase.Command(w.merchant, new OrderId(id), cart)));

        assertThat(placed).allSatisfy(r -> assertThat(r.isRight()).as("%s", r).isTrue());
        Money given = ids.stream().map(id -> order(w, id).totals().discountTotal())
                .reduce(Money.zero(PromotionWorld.CNY), Money::plus);
        assertThat(given).isEqualTo(cny("100.00"));
        assertThat(counters(w, "budget").budgetReserved()).isEqualTo(10_000);
        assertThat(ids.stream().map(id -> order(w, id)).filter(o -> !o.reservations().isEmpty()).count()).isEqualTo(34);
    }

    @Test
    void givenOneCoupon_when64OrdersPresentIt_thenExactlyOneHoldsIt() throws Exception {
        PromotionWorld w = world(NOV_11);
        MemberId ann = w.member("ann");
        w.activePromotion(new Promotion("half", Optional.empty(), Optional.of("HALF"), Optional.of(PromotionWorld.CNY), 0,
                Stacking.STACKABLE, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Target.EVERY_LINE,
                new Effect.PercentOff(new java.math.BigDecimal("50"), OptionalLong.empty()), Optional.empty(),
                Optional.empty(), Optional.empty(), OptionalLong.empty()),
                new CouponTerms(OptionalLong.empty(), OptionalLong.empty(), new CouponValidity.RelativeDays(7), RefundPolicy.RESTORE));
        String code = ok(w.promotions.grantCoupon().grantCoupon(new GrantCouponUseCase.Command(w.merchant, "half", ann))).code();
        Cart withCoupon = cart(Optional.of(ann), List.of(code), line("oil", "oil", "100.00", 1));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            ids.add("c-" + i);
        }

        List<Either<UseCaseError, PlaceOrderUseCase.Placed>> placed = race(ids, id ->
                w.promotions.placeOrder().placeOrder(new PlaceOrderUseCase.Command(w.merchant, new OrderId(id), withCoupon)));

        assertThat(placed).allSatisfy(r -> assertThat(r.isRight()).as("%s", r).isTrue());
        assertThat(ids.stream().map(id -> order(w, id)).filter(o -> !o.reservations().isEmpty()).count()).isEqualTo(1);
        assertThat(counters(w, "half").redemptionsReserved()).isEqualTo(1);
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /** Every id twice, in a fixed shuffled order, so that a retry races its own first attempt. */
    private static List<String> twice(List<String> ids) {
        List<String> all = new ArrayList<>(ids);
        all.addAll(ids);
        Collections.shuffle(all, new Random(7));
        return all;
    }

    private static <T> List<T> race(List<String> ids, java.util.function.Function<String, T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (String id : ids) {
                Callable<T> task = () -> {
                    start.await();
                    return call.apply(id);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Order order(PromotionWorld w, String id) {
        return w.promotionPorts.orders().find(w.merchant, new OrderId(id)).orElseThrow();
    }

    private static PromotionCounters counters(PromotionWorld w, String promotionId) {
        return w.promotionPorts.ledger().counters(w.merchant, promotionId).orElseThrow();
    }

    /** A flash offer of 3.00 off every order, with a redemption limit or a budget. */
    private static Promotion flash(String id, OptionalLong redemptions, Optional<Money> budget) {
        return new Promotion(id, Optional.of("Double 11 flash"), Optional.empty(), Optional.of(PromotionWorld.CNY), 0,
                Stacking.STACKABLE, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Target.EVERY_LINE,
                new Effect.AmountOff(cny("3.00"), Effect.Per.ORDER, OptionalLong.empty()), Optional.empty(),
                budget.map(b -> new Promotion.Budget(b, cny("0"))),
                redemptions.isPresent() ? Optional.of(new Promotion.Redemptions(redemptions.getAsLong(), 0)) : Optional.empty(),
                OptionalLong.empty());
    }
}
