package dev.shequn.adapter.persistence.promotion;

import static dev.shequn.adapter.persistence.promotion.PromotionWorld.CNY;
import static dev.shequn.adapter.persistence.promotion.PromotionWorld.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.shequn.application.PromotionPorts;
import dev.shequn.application.port.out.UnitOfWork;
import dev.shequn.domain.order.Cart;
import dev.shequn.domain.order.Order;
import dev.shequn.domain.order.OrderId;
import dev.shequn.domain.order.OrderStatus;
import dev.shequn.domain.order.PromotionReservation;
import dev.shequn.domain.promotion.CartLine;
import dev.shequn.domain.promotion.CatalogPromotion;
import dev.shequn.domain.promotion.Condition;
import dev.shequn.domain.promotion.CouponCode;
import dev.shequn.domain.promotion.CouponState;
import dev.shequn.domain.promotion.CouponTerms;
import dev.shequn.domain.promotion.CouponValidity;
import dev.shequn.domain.promotion.Effect;
import dev.shequn.domain.promotion.LimitRejection;
import dev.shequn.domain.promotion.MemberCoupon;
import dev.shequn.domain.promotion.PricingAnswer;
import dev.shequn.domain.promotion.Promotion;
import dev.shequn.domain.promotion.PromotionCounters;
import dev.shequn.domain.promotion.PromotionLimits;
import dev.shequn.domain.promotion.PromotionStatus;
import dev.shequn.domain.promotion.RefundPolicy;
import dev.shequn.domain.promotion.Scope;
import dev.shequn.domain.promotion.Stacking;
import dev.shequn.domain.promotion.Target;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of the promotion and order out-ports, the same for every adapter: what is saved reads back
 * equal, versions refuse stale writes, keys refuse duplicates, and counters never pass their limits.
 */
abstract class AbstractPromotionPortsContractTest {

    static final Instant NOW = Instant.parse("2026-11-11T00:00:00Z");

    protected abstract PromotionPorts ports();

    protected abstract UnitOfWork unitOfWork();

    /** A merchant of each test's own: a JDBC backend is shared by the class, as tenants share a database. */
    private MerchantId merchant;

    @BeforeEach
    void aMerchantOfItsOwn() {
        merchant = new MerchantId("m-" + UUID.randomUUID());
    }

    // --- catalogue ----------------------------------------------------------------------------------------

    @Test
    void givenPromotionWithEveryKindOfPart_whenSavedAndRead_thenEqualAndVersioned() {
        CatalogPromotion promotion = CatalogPromotion.create(merchant, everything("all"), Optional.of(new CouponTerms(
                OptionalLong.of(10), OptionalLong.of(2), new CouponValidity.Absolute(Optional.of(NOW), NOW.plusSeconds(60)),
                RefundPolicy.VOID)), NOW);

        assertThat(ports().promotions().save(promotion)).isTrue();
        CatalogPromotion read = ports().promotions().find(merchant, "all").orElseThrow();

        assertThat(read.definition()).isEqualTo(promotion.definition());
        assertThat(read.couponTerms()).isEqualTo(promotion.couponTerms());
        assertThat(read.status()).isEqualTo(PromotionStatus.DRAFT);
        assertThat(read.version()).isEqualTo(1);
        assertThat(ports().promotions().save(promotion)).as("a second new one with the same id").isFalse();
        read.moveTo(PromotionStatus.ACTIVE, NOW);
        assertThat(ports().promotions().save(read)).isTrue();
        assertThat(ports().promotions().save(read)).as("stale version").isFalse();
        assertThat(ports().promotions().find(merchant, "all").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void givenPromotionsInSeveralStates_whenListingActive_thenOnlyActiveOnesOfThisMerchantById() {
        for (String id : List.of("b", "a", "c")) {
            CatalogPromotion p = CatalogPromotion.create(merchant, automatic(id), Optional.empty(), NOW);
            if (!id.equals("c")) {
                p.moveTo(PromotionStatus.ACTIVE, NOW);
            }
            ports().promotions().save(p);
        }
        CatalogPromotion elsewhere = CatalogPromotion.create(new MerchantId("m-" + UUID.randomUUID()), automatic("a"),
                Optional.empty(), NOW);
        elsewhere.moveTo(PromotionStatus.ACTIVE, NOW);
        ports().promotions().save(elsewhere);

        assertThat(ports().promotions().findActive(merchant)).extracting(CatalogPromotion::id).containsExactly("a", "b");
        assertThat(ports().promotions().findAll(merchant)).extracting(CatalogPromotion::id).containsExactly("a", "b", "c");
    }

    // --- ledger -------------------------------------------------------------------------------------------

    @Test
    void givenLimits_whenReservingCommittingReleasingAndGivingBack_thenCountersFollowAndLimitsHold() {
        PromotionLimits limits = new PromotionLimits(OptionalLong.of(2), Optional.of(cny("10.00")), OptionalLong.of(1));
        assertThat(ports().ledger().open(merchant, "p", limits, PromotionCounters.NONE)).isTrue();
        assertThat(ports().ledger().open(merchant, "p", limits, PromotionCounters.NONE)).isFalse();

        assertThat(ports().ledger().reserve(merchant, "p", cny("6.00")).get()).isEqualTo(new PromotionCounters(0, 1, 0, 600, 0));
        assertThat(ports().ledger().reserve(merchant, "p", cny("4.01")).getLeft().reason())
                .isEqualTo(LimitRejection.Reason.BUDGET_EXHAUSTED);
        ports().ledger().reserve(merchant, "p", cny("4.00"));
        assertThat(ports().ledger().reserve(merchant, "p", cny("0.00")).getLeft().reason())
                .isEqualTo(LimitRejection.Reason.REDEMPTIONS_EXHAUSTED);
        ports().ledger().commit(merchant, "p", cny("6.00"));
        ports().ledger().release(merchant, "p", cny("4.00"));
        ports().ledger().giveBack(merchant, "p", cny("2.00"), false);
        assertThat(counters("p")).isEqualTo(new PromotionCounters(1, 0, 400, 0, 0));
        ports().ledger().giveBack(merchant, "p", cny("4.00"), true);
        assertThat(ports().ledger().grant(merchant, "p").get().couponsGranted()).isEqualTo(1);
        assertThat(ports().ledger().grant(merchant, "p").getLeft().reason()).isEqualTo(LimitRejection.Reason.QUANTITY_EXHAUSTED);
        assertThat(counters("p")).isEqualTo(new PromotionCounters(0, 0, 0, 0, 1));
        assertThatIllegalStateException().isThrownBy(() -> ports().ledger().release(merchant, "p", cny("1.00")));
        assertThatIllegalStateException().isThrownBy(() -> ports().ledger().giveBack(merchant, "p", cny("1.00"), false));
    }

    @Test
    void givenNoLimits_whenMoving_thenOnlyRedemptionsAreCountedAndNewLimitsKeepUsage() {
        ports().ledger().open(merchant, "free", PromotionLimits.NONE, new PromotionCounters(5, 0, 0, 0, 0));

        ports().ledger().reserve(merchant, "free", cny("99.00"));
        ports().ledger().commit(merchant, "free", cny("99.00"));
        ports().ledger().changeLimits(merchant, "free", new PromotionLimits(OptionalLong.of(6), Optional.empty(),
                OptionalLong.empty()));

        assertThat(ports().ledger().counters(merchant, "free")).contains(new PromotionCounters(6, 0, 0, 0, 0));
        assertThat(ports().ledger().reserve(merchant, "free", cny("1.00")).getLeft().reason())
                .isEqualTo(LimitRejection.Reason.REDEMPTIONS_EXHAUSTED);
        assertThat(ports().ledger().counters(merchant, "none")).isEmpty();
    }

    @Test
    void givenReservationInAUnitOfWorkThatFails_whenRolledBack_thenCountersAreAsBefore() {
        ports().ledger().open(merchant, "p", new PromotionLimits(OptionalLong.of(1), Optional.empty(), OptionalLong.empty()),
                PromotionCounters.NONE);

        assertThatThrownBy(() -> unitOfWork().inTransaction(() -> {
            ports().ledger().reserve(merchant, "p", cny("1.00"));
            throw new IllegalArgumentException("the use case failed after reserving");
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(ports().ledger().counters(merchant, "p")).contains(PromotionCounters.NONE);
    }

    // --- coupons ------------------------------------------------------------------------------------------

    @Test
    void givenCoupons_whenSavedAndMoved_thenReadBackVersionedAndCodesUnique() {
        MemberCoupon first = coupon(1, "ann", NOW);
        MemberCoupon second = coupon(2, "ann", NOW.plusSeconds(1));
        assertThat(ports().coupons().save(first)).isTrue();
        assertThat(ports().coupons().save(second)).isTrue();
        assertThat(ports().coupons().save(coupon(3, "bo", NOW))).isTrue();
        assertThat(ports().coupons().save(coupon(1, "bo", NOW))).as("code taken").isFalse();

        MemberCoupon read = ports().coupons().find(merchant, first.code()).orElseThrow();
        read.reserve("o-1", NOW);
        assertThat(ports().coupons().save(read)).isTrue();
        assertThat(ports().coupons().save(read)).as("stale version").isFalse();

        MemberCoupon reserved = ports().coupons().find(merchant, first.code()).orElseThrow();
        assertThat(reserved.state()).isEqualTo(CouponState.RESERVED);
        assertThat(reserved.orderId()).contains("o-1");
        assertThat(reserved.window()).isEqualTo(first.window());
        assertThat(reserved.grantedAt()).isEqualTo(first.grantedAt());
        assertThat(ports().coupons().findByMember(merchant, "ann")).extracting(MemberCoupon::code)
                .containsExactly(first.code(), second.code());
        assertThat(ports().coupons().countGranted(merchant, "ann", "half")).isEqualTo(2);
        assertThat(ports().coupons().countGranted(merchant, "ann", "other")).isZero();
    }

    @Test
    void givenCouponsInSeveralStates_whenLookingForLapsedOnes_thenAvailableOnesPastTheirWindowOldestFirst() {
        MemberCoupon older = coupon(11, "ann", NOW);
        MemberCoupon newer = coupon(12, "ann", NOW.plusSeconds(5));
        MemberCoupon held = coupon(13, "ann", NOW);
        held.reserve("o-1", NOW);
        MemberCoupon fresh = coupon(14, "ann", NOW.plus(Duration.ofDays(30)));
        List.of(newer, older, held, fresh).forEach(c -> ports().coupons().save(c));

        List<CouponCode> lapsed = ports().coupons().findLapsed(NOW.plus(Duration.ofDays(8)), 1000).stream()
                .filter(c -> c.merchantId().equals(merchant)).map(MemberCoupon::code).toList();

        assertThat(lapsed).containsExactly(older.code(), newer.code());
    }

    // --- orders -------------------------------------------------------------------------------------------

    @Test
    void givenPaidAndPartlyRefundedOrder_whenSavedAndRead_thenEqualWithItsRefundsAndPromotions() {
        Order order = placed("o-1", Optional.of("ann"), NOW);
        assertThat(ports().orders().save(order)).isTrue();
        assertThat(ports().orders().save(placed("o-1", Optional.of("ann"), NOW))).as("order id taken").isFalse();

        Order read = ports().orders().find(merchant, new OrderId("o-1")).orElseThrow();
        read.pay(NOW);
        read.refund("r-1", Optional.of(Map.of("oil", 1L)), NOW);
        assertThat(ports().orders().save(read)).isTrue();
        assertThat(ports().orders().save(read)).as("stale version").isFalse();
        Order again = ports().orders().find(merchant, new OrderId("o-1")).orElseThrow();

        assertThat(again.status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
        assertThat(again.cart()).isEqualTo(order.cart());
        assertThat(again.lines()).isEqualTo(order.lines());
        assertThat(again.totals()).isEqualTo(order.totals());
        assertThat(again.reservations()).isEqualTo(order.reservations());
        assertThat(again.refunds()).isEqualTo(read.refunds());
        assertThat(again.paidAt()).contains(NOW);
        assertThat(again.holdUntil()).isEqualTo(order.holdUntil());
        assertThat(again.version()).isEqualTo(2);
    }

    @Test
    void givenOrdersOfAMember_whenCountingUsage_thenOnlyThoseHoldingOrSpendingCount() {
        Order held = placed("o-1", Optional.of("ann"), NOW);
        Order paid = placed("o-2", Optional.of("ann"), NOW);
        paid.pay(NOW);
        Order cancelled = placed("o-3", Optional.of("ann"), NOW);
        cancelled.cancel(NOW);
        Order refunded = placed("o-4", Optional.of("ann"), NOW);
        refunded.pay(NOW);
        refunded.refund("r", Optional.empty(), NOW);
        Order someoneElse = placed("o-5", Optional.of("bo"), NOW);
        List.of(held, paid, cancelled, refunded, someoneElse).forEach(o -> ports().orders().save(o));

        assertThat(ports().orders().usageByMember(merchant, "ann")).isEqualTo(Map.of("half", 2L, "spend", 2L));
        assertThat(ports().orders().usageByMember(merchant, "nobody")).isEmpty();
    }

    @Test
    void givenPlacedOrders_whenLookingForOverdueOnes_thenThoseWhoseHoldEndedOldestFirst() {
        ports().orders().save(placed("late", Optional.empty(), NOW.plusSeconds(10)));
        ports().orders().save(placed("early", Optional.empty(), NOW));
        Order paid = placed("paid", Optional.empty(), NOW);
        paid.pay(NOW);
        ports().orders().save(paid);
        Instant holdEnd = NOW.plus(Order.DEFAULT_HOLD);

        List<String> overdue = ports().orders().findOverdue(holdEnd.plusSeconds(10), 1000).stream()
                .filter(o -> o.merchantId().equals(merchant)).map(o -> o.id().value()).toList();
        List<String> onlyFirst = ports().orders().findOverdue(holdEnd, 1000).stream()
                .filter(o -> o.merchantId().equals(merchant)).map(o -> o.id().value()).toList();

        assertThat(overdue).containsExactly("early", "late");
        assertThat(onlyFirst).containsExactly("early");
    }

    // --- fixtures -----------------------------------------------------------------------------------------

    private PromotionCounters counters(String promotionId) {
        return ports().ledger().counters(merchant, promotionId).orElseThrow();
    }

    private MemberCoupon coupon(int seed, String member, Instant grantedAt) {
        CouponCode code = CouponCode.fromRandom(new byte[] {(byte) seed, 1, 2, 3, 4, 5});
        return MemberCoupon.grant(merchant, code, "half", member,
                new CouponValidity.CouponWindow(grantedAt, grantedAt.plus(Duration.ofDays(7))), grantedAt);
    }

    /** Two bottles of oil and a vinegar; the spend promotion took 10.00, the coupon 5.00 off the oil. */
    private Order placed(String id, Optional<String> member, Instant at) {
        Cart cart = new Cart(member, CNY, List.of(
                new CartLine("oil", Optional.of("oil-500"), Optional.of("oil"), cny("50.00"), 2),
                new CartLine("vin", Optional.empty(), Optional.empty(), cny("20.00"), 1)), cny("8.00"), List.of("K2K2K2K2K2"));
        PricingAnswer answer = new PricingAnswer(CNY, cny("120.00"), cny("15.00"), cny("8.00"), cny("0"), cny("0"),
                cny("113.00"), List.of(
                        new PricingAnswer.LineResult("oil", cny("100.00"), cny("13.33"), cny("86.67"), List.of(
                                new PricingAnswer.Allocation("spend", cny("8.33")),
                                new PricingAnswer.Allocation("half", cny("5.00")))),
                        new PricingAnswer.LineResult("vin", cny("20.00"), cny("1.67"), cny("18.33"), List.of(
                                new PricingAnswer.Allocation("spend", cny("1.67"))))),
                List.of(), List.of(), List.of());
        return Order.place(merchant, new OrderId(id), cart, answer, List.of(
                new PromotionReservation("spend", Optional.empty(), cny("10.00")),
                new PromotionReservation("half", Optional.of(new CouponCode("K2K2K2K2K2")), cny("5.00"))),
                Order.DEFAULT_HOLD, at);
    }

    private static Promotion automatic(String id) {
        return new Promotion(id, Optional.empty(), Optional.empty(), Optional.empty(), 0, Stacking.STACKABLE,
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Target.EVERY_LINE,
                new Effect.AmountOff(cny("1.00"), Effect.Per.ORDER, OptionalLong.empty()), Optional.empty(),
                Optional.empty(), Optional.empty(), OptionalLong.empty());
    }

    /** A coupon template using every condition type, a full target and every optional part. */
    private static Promotion everything(String id) {
        Money m = cny("100.00");
        return new Promotion(id, Optional.of("Everything 满减"), Optional.of("ALL"), Optional.of(CNY), 7, Stacking.EXCLUSIVE,
                Optional.of("g"), Optional.of(NOW), Optional.of(NOW.plusSeconds(3600)),
                List.of(new Condition.MinSubtotal(m, Scope.TARGET), new Condition.MinQuantity(2, Scope.ORDER),
                        new Condition.TierIn(List.of("gold")), new Condition.HasTag(List.of("vip"), Condition.Match.ALL),
                        new Condition.MemberOf(List.of("c-1")),
                        new Condition.PurchaseOrdinal(OptionalLong.empty(), OptionalLong.of(2), OptionalLong.of(3))),
                new Target(Set.of("oil-500"), Set.of("oil"), Set.of("x"), Set.of("gift")),
                new Effect.SpendThreshold(List.of(new Effect.Step(m, cny("20.00"))), true), Optional.of(cny("50.00")),
                Optional.of(new Promotion.Budget(cny("1000.00"), cny("0.00"))),
                Optional.of(new Promotion.Redemptions(100, 0)), OptionalLong.of(1));
    }

    @Test
    void givenEveryEffect_whenStoredInADefinition_thenEachReadsBackEqual() {
        List<Effect> effects = List.of(new Effect.PercentOff(new BigDecimal("12.5"), OptionalLong.of(3)),
                new Effect.AmountOff(cny("3.00"), Effect.Per.UNIT, OptionalLong.of(2)),
                new Effect.BuyXGetY(2, 1, new BigDecimal("100")), new Effect.FixedPrice(cny("9.90")),
                new Effect.Gift("towel", 1), new Effect.DepositCredit(cny("10.00"), cny("30.00")),
                new Effect.ShippingOff(Optional.empty(), Optional.of(new BigDecimal("50"))));
        for (int i = 0; i < effects.size(); i++) {
            Promotion d = automatic("e" + i);
            Promotion withEffect = new Promotion(d.id(), d.name(), d.code(), d.currency(), d.priority(), d.stacking(),
                    d.group(), d.validFrom(), d.validUntil(), d.conditions(), d.target(), effects.get(i), d.maxDiscount(),
                    d.budget(), d.redemptions(), d.perMemberLimit());
            ports().promotions().save(CatalogPromotion.create(merchant, withEffect, Optional.empty(), NOW));

            assertThat(ports().promotions().find(merchant, "e" + i).orElseThrow().definition().effect())
                    .isEqualTo(effects.get(i));
        }
    }
}
