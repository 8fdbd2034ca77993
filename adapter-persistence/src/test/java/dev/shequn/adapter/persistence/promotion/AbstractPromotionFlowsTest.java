package dev.shequn.adapter.persistence.promotion;

import static dev.shequn.adapter.persistence.promotion.PromotionWorld.cart;
import static dev.shequn.adapter.persistence.promotion.PromotionWorld.cny;
import static dev.shequn.adapter.persistence.promotion.PromotionWorld.line;
import static dev.shequn.adapter.persistence.promotion.PromotionWorld.ok;
import static dev.shequn.adapter.persistence.promotion.PromotionWorld.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.port.in.CancelOrderUseCase;
import dev.shequn.application.port.in.CouponView;
import dev.shequn.application.port.in.CreateCommunityUseCase;
import dev.shequn.application.port.in.CreateJoinChannelUseCase;
import dev.shequn.application.port.in.CreatePromotionUseCase;
import dev.shequn.application.port.in.ExpireCouponsUseCase;
import dev.shequn.application.port.in.ExpireReservationsUseCase;
import dev.shequn.application.port.in.FindPromotionUseCase;
import dev.shequn.application.port.in.GrantCouponUseCase;
import dev.shequn.application.port.in.JoinThroughChannelUseCase;
import dev.shequn.application.port.in.ListMemberCouponsUseCase;
import dev.shequn.application.port.in.ListPromotionsUseCase;
import dev.shequn.application.port.in.OrderView;
import dev.shequn.application.port.in.PayOrderUseCase;
import dev.shequn.application.port.in.PlaceOrderUseCase;
import dev.shequn.application.port.in.PromotionView;
import dev.shequn.application.port.in.QuoteOrderUseCase;
import dev.shequn.application.port.in.RefundOrderUseCase;
import dev.shequn.application.port.in.SetTierLadderUseCase;
import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.Positioning;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.order.Cart;
import dev.shequn.domain.order.OrderId;
import dev.shequn.domain.order.OrderStatus;
import dev.shequn.domain.promotion.Condition;
import dev.shequn.domain.promotion.CouponState;
import dev.shequn.domain.promotion.CouponTerms;
import dev.shequn.domain.promotion.CouponValidity;
import dev.shequn.domain.promotion.Effect;
import dev.shequn.domain.promotion.PricingAnswer;
import dev.shequn.domain.promotion.Promotion;
import dev.shequn.domain.promotion.PromotionCounters;
import dev.shequn.domain.promotion.PromotionStatus;
import dev.shequn.domain.promotion.RefundPolicy;
import dev.shequn.domain.promotion.RejectionReason;
import dev.shequn.domain.promotion.Stacking;
import dev.shequn.domain.promotion.Target;
import dev.shequn.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The seed cases, end to end through the use cases, on one storage backend: the olive-oil club's half-price
 * welcome coupon, the 50/40/30 purchase ladder, a spend-X-save-Y campaign on a budget, and the order life
 * cycle's idempotency.
 */
abstract class AbstractPromotionFlowsTest {

    static final Instant NOV_1 = Instant.parse("2026-11-01T02:00:00Z");

    /** A fresh merchant on this test class's backend, with its clock at {@code start}. */
    protected abstract PromotionWorld world(Instant start);

    @Test
    void givenOliveClubMember_whenHalfPriceCouponUsedWithinSevenDays_thenHalfPriceAndRefusedExpiredAfter() {
        PromotionWorld w = world(NOV_1);
        MemberId leader = w.member("leader");
        MemberId ann = w.member("ann");
        CommunityId club = ok(w.shequn.createCommunity().createCommunity(
                CreateCommunityUseCase.Command.of(w.merchant, "Olive oil club", leader, Positioning.HIGH_FREQUENCY))).id();
        ok(w.shequn.createJoinChannel().createJoinChannel(
                new CreateJoinChannelUseCase.Command(w.merchant, "Phone calls", "olive-call", List.of(club))));
        ok(w.shequn.joinThroughChannel().joinThroughChannel(
                new JoinThroughChannelUseCase.Command(w.merchant, "olive-call", ann, null)));
        w.activePromotion(halfPriceForClub("welcome-half", club), new CouponTerms(OptionalLong.of(1000),
                OptionalLong.of(1), new CouponValidity.RelativeDays(7), RefundPolicy.RESTORE));

        CouponView coupon = ok(w.promotions.grantCoupon().grantCoupon(
                new GrantCouponUseCase.Command(w.merchant, "welcome-half", ann)));
        Cart twoBottles = cart(Optional.of(ann), List.of(coupon.code().toLowerCase()), line("oil", "oil", "120.00", 2));
        PricingAnswer inTime = ok(w.promotions.quoteOrder().quote(
                new QuoteOrderUseCase.Command(w.merchant, null, twoBottles)));
        w.clock.set(coupon.validUntil().plus(Duration.ofDays(1)));
        PricingAnswer dayAfter = ok(w.promotions.quoteOrder().quote(
                new QuoteOrderUseCase.Command(w.merchant, null, twoBottles)));

        assertThat(coupon.code()).matches("[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}");
        assertThat(coupon.validUntil()).isEqualTo(NOV_1.plus(Duration.ofDays(7)));
        assertThat(inTime.total()).isEqualTo(cny("120.00"));
        assertThat(inTime.applied()).extracting(PricingAnswer.Applied::promotion).containsExactly("welcome-half");
        assertThat(dayAfter.total()).isEqualTo(cny("240.00"));
        assertThat(dayAfter.rejected()).extracting(PricingAnswer.Rejected::reason).containsExactly(RejectionReason.EXPIRED);
        assertThat(ok(w.promotions.listMemberCoupons().listCoupons(new ListMemberCouponsUseCase.Query(w.merchant, ann))))
                .extracting(CouponView::state).containsExactly(CouponState.EXPIRED);
        assertThat(refusal(w.promotions.grantCoupon().grantCoupon(
                new GrantCouponUseCase.Command(w.merchant, "welcome-half", ann)))).isEqualTo("PER_MEMBER_LIMIT_REACHED");
        assertThat(ok(w.promotions.expireCoupons().expireCoupons(new ExpireCouponsUseCase.Command(1000))).expiredCodes())
                .contains(coupon.code());
        assertThat(w.promotionPorts.coupons().findByMember(w.merchant, ann.value()).get(0).state()).isEqualTo(CouponState.EXPIRED);
        assertThat(events(w)).endsWith("CouponGranted", "CouponExpired");
    }

    @Test
    void givenCoupon_whenPlacedPaidAndRefunded_thenReservedRedeemedRestoredAndNeverUsedTwice() {
        PromotionWorld w = world(NOV_1);
        MemberId ann = w.member("ann");
        w.activePromotion(halfPriceForClub("half", null), new CouponTerms(OptionalLong.empty(), OptionalLong.empty(),
                new CouponValidity.RelativeDays(7), RefundPolicy.RESTORE));
        String code = ok(w.promotions.grantCoupon().grantCoupon(new GrantCouponUseCase.Command(w.merchant, "half", ann))).code();
        Cart withCoupon = cart(Optional.of(ann), List.of(code), line("oil", "oil", "100.00", 1));

        OrderView placed = ok(w.promotions.placeOrder().placeOrder(place(w, "o-1", withCoupon))).order();
        PricingAnswer elsewhere = ok(w.promotions.placeOrder().placeOrder(place(w, "o-2", withCoupon))).answer().get();
        ok(w.promotions.payOrder().payOrder(new PayOrderUseCase.Command(w.merchant, new OrderId("o-1"))));
        CouponState afterPay = couponState(w, ann);
        ok(w.promotions.refundOrder().refundOrder(new RefundOrderUseCase.Command(w.merchant, new OrderId("o-1"), "r-1", null)));

        assertThat(placed.totals().total()).isEqualTo(cny("50.00"));
        assertThat(elsewhere.total()).isEqualTo(cny("100.00"));
        assertThat(elsewhere.rejected()).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(RejectionReason.UNKNOWN_CODE);
            assertThat(r.detail()).contains("RESERVED");
        });
        assertThat(afterPay).isEqualTo(CouponState.REDEEMED);
        assertThat(couponState(w, ann)).isEqualTo(CouponState.AVAILABLE);
        assertThat(counters(w, "half")).isEqualTo(new PromotionCounters(0, 0, 0, 0, 1));
    }

    @Test
    void givenCatalogue_whenListedAndFound_thenEveryStatusOrderedByIdWithCounters_andAnUnknownIdNotFound() {
        PromotionWorld w = world(NOV_1);
        w.activePromotion(ladderStep("ladder-2", 2, "40"), null);
        w.activePromotion(ladderStep("ladder-1", 1, "50"), null);
        ok(w.promotions.createPromotion().createPromotion(new CreatePromotionUseCase.Command(w.merchant,
                spendSave("draft-spend", "100.00", "10.00", "500.00"), null)));
        MemberId bo = w.member("bo");
        placeAndPay(w, "o-1", cart(Optional.of(bo), List.of(), line("oil", "oil", "100.00", 1)));

        List<PromotionView> all = ok(w.promotions.listPromotions().listPromotions(new ListPromotionsUseCase.Query(w.merchant)));
        PromotionView found = ok(w.promotions.findPromotion().findPromotion(new FindPromotionUseCase.Query(w.merchant, "ladder-1")));

        assertThat(all).extracting(PromotionView::id).containsExactly("draft-spend", "ladder-1", "ladder-2");
        assertThat(all).extracting(PromotionView::status)
                .containsExactly(PromotionStatus.DRAFT, PromotionStatus.ACTIVE, PromotionStatus.ACTIVE);
        assertThat(found.definition().name()).contains("Purchase 1");
        assertThat(found.counters().redemptionsUsed()).isEqualTo(1);
        assertThat(all.get(2).counters().redemptionsUsed()).isZero();
        assertThat(w.promotions.findPromotion().findPromotion(new FindPromotionUseCase.Query(w.merchant, "nowhere")).getLeft())
                .isInstanceOf(UseCaseError.NotFound.class);
        assertThat(w.promotions.listMemberCoupons().listCoupons(
                new ListMemberCouponsUseCase.Query(w.merchant, new MemberId("m-404"))).getLeft())
                .isEqualTo(new UseCaseError.NotFound("member", "m-404"));
    }

    @Test
    void givenPurchaseLadder_whenThreeOrdersPaidAndTheSecondRefunded_thenFiftyFortyThirtyAndBackToPurchaseTwo() {
        PromotionWorld w = world(NOV_1);
        MemberId bo = w.member("bo");
        w.activePromotion(ladderStep("ladder-1", 1, "50"), null);
        w.activePromotion(ladderStep("ladder-2", 2, "40"), null);
        w.activePromotion(ladderStep("ladder-3", 3, "30"), null);
        ok(w.shequn.setTierLadder().setTierLadder(new SetTierLadderUseCase.Command(w.merchant, List.of(
                new SetTierLadderUseCase.TierSpec("regular", "Regular", List.of(new SetTierLadderUseCase.RuleSpec(
                        SetTierLadderUseCase.RuleKind.PAID_ORDERS_IN_WINDOW, 365, null, 2L)), List.of(), List.of())), 30)));

        OrderView first = placeAndPay(w, "o-1", cart(Optional.of(bo), List.of(), line("oil", "oil", "100.00", 1)));
        OrderView second = placeAndPay(w, "o-2", cart(Optional.of(bo), List.of(), line("oil", "oil", "100.00", 1)));
        Cart third = cart(Optional.of(bo), List.of(), line("oil", "oil", "100.00", 1));
        PricingAnswer thirdBefore = ok(w.promotions.quoteOrder().quote(new QuoteOrderUseCase.Command(w.merchant, null, third)));
        RefundOrderUseCase.Refunded refunded = ok(w.promotions.refundOrder().refundOrder(
                new RefundOrderUseCase.Command(w.merchant, new OrderId("o-2"), "r-1", null)));
        OrderView thirdPaid = placeAndPay(w, "o-3", third);
        PricingAnswer fourth = ok(w.promotions.quoteOrder().quote(new QuoteOrderUseCase.Command(w.merchant, null, third)));

        assertThat(first.totals().total()).isEqualTo(cny("50.00"));
        assertThat(second.totals().total()).isEqualTo(cny("60.00"));
        assertThat(thirdBefore.total()).isEqualTo(cny("70.00"));
        assertThat(refunded.refund().amount()).isEqualTo(cny("60.00"));
        assertThat(refunded.order().status()).isEqualTo(OrderStatus.REFUNDED);
        assertThat(thirdPaid.totals().total()).isEqualTo(cny("60.00"));
        assertThat(thirdPaid.promotions()).extracting(p -> p.promotionId()).containsExactly("ladder-2");
        assertThat(fourth.total()).isEqualTo(cny("70.00"));
        assertThat(w.ports.members().find(w.merchant, bo).get().metrics().paidOrders()).isEqualTo(2);
        assertThat(w.ports.members().find(w.merchant, bo).get().metrics().totalSpend()).isEqualTo(cny("110.00"));
        assertThat(counters(w, "ladder-2").redemptionsUsed()).isEqualTo(1);
        assertThat(w.ports.members().find(w.merchant, bo).get().tierStanding().tier()).contains("regular");
        assertThat(events(w)).containsSubsequence("OrderPlaced", "OrderPaid", "OrderPlaced", "OrderPaid", "TierChanged",
                "OrderRefunded", "OrderPlaced", "OrderPaid");
    }

    @Test
    void givenSpendSaveBudget_whenOrdersSpendIt_thenDiscountStopsExactlyAndARefundGivesBudgetBack() {
        PromotionWorld w = world(NOV_1);
        w.activePromotion(spendSave("double-11", "100.00", "30.00", "1000.00"), null);
        Cart hundred = cart(Optional.empty(), List.of(), line("oil", "oil", "100.00", 1));

        Money discounts = Money.zero(PromotionWorld.CNY);
        for (int i = 1; i <= 33; i++) {
            discounts = discounts.plus(placeAndPay(w, "o-" + i, hundred).totals().discountTotal());
        }
        OrderView last = placeAndPay(w, "o-34", hundred);
        PricingAnswer spent = ok(w.promotions.placeOrder().placeOrder(place(w, "o-35", hundred))).answer().get();
        ok(w.promotions.payOrder().payOrder(new PayOrderUseCase.Command(w.merchant, new OrderId("o-35"))));
        RefundOrderUseCase.Refunded partly = ok(w.promotions.refundOrder().refundOrder(new RefundOrderUseCase.Command(
                w.merchant, new OrderId("o-1"), "r-1", null)));
        PricingAnswer afterRefund = ok(w.promotions.quoteOrder().quote(new QuoteOrderUseCase.Command(w.merchant, null, hundred)));

        assertThat(discounts).isEqualTo(cny("990.00"));
        assertThat(last.totals().discountTotal()).isEqualTo(cny("10.00"));
        assertThat(spent.discountTotal()).isEqualTo(cny("0.00"));
        assertThat(spent.rejected()).extracting(PricingAnswer.Rejected::reason).containsExactly(RejectionReason.BUDGET_EXHAUSTED);
        assertThat(partly.refund().budgetReturns()).extracting(b -> b.amount()).containsExactly(cny("30.00"));
        assertThat(afterRefund.discountTotal()).isEqualTo(cny("30.00"));
        assertThat(counters(w, "double-11")).isEqualTo(new PromotionCounters(33, 0, 97000, 0, 0));
    }

    @Test
    void givenPartialRefunds_whenLinesRefundedOneByOne_thenBudgetComesBackInProportionAndAddsUp() {
        PromotionWorld w = world(NOV_1);
        w.activePromotion(spendSave("spend", "100.00", "10.00", "500.00"), null);
        placeAndPay(w, "o-1", cart(Optional.empty(), List.of(), line("oil", "oil", "33.33", 3), line("vin", "condiment", "10.00", 1)));

        RefundOrderUseCase.Refunded oneBottle = ok(w.promotions.refundOrder().refundOrder(new RefundOrderUseCase.Command(
                w.merchant, new OrderId("o-1"), "r-1", Map.of("oil", 1L))));
        RefundOrderUseCase.Refunded again = ok(w.promotions.refundOrder().refundOrder(new RefundOrderUseCase.Command(
                w.merchant, new OrderId("o-1"), "r-1", Map.of("oil", 1L))));
        PromotionCounters afterOne = counters(w, "spend");
        RefundOrderUseCase.Refunded rest = ok(w.promotions.refundOrder().refundOrder(new RefundOrderUseCase.Command(
                w.merchant, new OrderId("o-1"), "r-2", null)));

        assertThat(oneBottle.order().status()).isEqualTo(OrderStatus.PARTIALLY_REFUNDED);
        assertThat(again.refund()).isEqualTo(oneBottle.refund());
        assertThat(oneBottle.refund().amount().plus(rest.refund().amount())).isEqualTo(cny("99.99"));
        assertThat(afterOne.budgetUsed()).isEqualTo(1000 - oneBottle.refund().budgetReturns().get(0).amount().minorUnits());
        assertThat(afterOne.redemptionsUsed()).isEqualTo(1);
        assertThat(counters(w, "spend")).isEqualTo(PromotionCounters.NONE);
        assertThat(refusal(w.promotions.refundOrder().refundOrder(new RefundOrderUseCase.Command(
                w.merchant, new OrderId("o-1"), "r-1", Map.of("vin", 1L))))).isEqualTo("CONFLICTING_REPEAT");
    }

    @Test
    void givenPlacedOrder_whenStepsRepeatedOrContradicted_thenFirstAnswerOrRefusalAndNothingBookedTwice() {
        PromotionWorld w = world(NOV_1);
        w.activePromotion(spendSave("spend", "100.00", "10.00", "1000.00"), null);
        Cart hundred = cart(Optional.empty(), List.of(), line("oil", "oil", "100.00", 1));
        Cart other = cart(Optional.empty(), List.of(), line("oil", "oil", "100.00", 2));

        assertThat(refusal(w.promotions.payOrder().payOrder(new PayOrderUseCase.Command(w.merchant, new OrderId("o-1")))))
                .isEqualTo("NOT_FOUND");
        PlaceOrderUseCase.Placed first = ok(w.promotions.placeOrder().placeOrder(place(w, "o-1", hundred)));
        PlaceOrderUseCase.Placed repeat = ok(w.promotions.placeOrder().placeOrder(place(w, "o-1", hundred)));
        String conflict = refusal(w.promotions.placeOrder().placeOrder(place(w, "o-1", other)));
        PromotionCounters held = counters(w, "spend");
        OrderView paid = ok(w.promotions.payOrder().payOrder(new PayOrderUseCase.Command(w.merchant, new OrderId("o-1"))));
        OrderView paidAgain = ok(w.promotions.payOrder().payOrder(new PayOrderUseCase.Command(w.merchant, new OrderId("o-1"))));

        assertThat(first.answer()).isPresent();
        assertThat(repeat.answer()).isEmpty();
        assertThat(repeat.order()).isEqualTo(first.order());
        assertThat(conflict).isEqualTo("CONFLICTING_REPEAT");
        assertThat(held).isEqualTo(new PromotionCounters(0, 1, 0, 1000, 0));
        assertThat(paidAgain).isEqualTo(paid);
        assertThat(counters(w, "spend")).isEqualTo(new PromotionCounters(1, 0, 1000, 0, 0));
        assertThat(refusal(w.promotions.cancelOrder().cancelOrder(new CancelOrderUseCase.Command(w.merchant, new OrderId("o-1")))))
                .isEqualTo("ALREADY_PAID");
        assertThat(events(w)).containsExactly("PromotionCreated", "PromotionStatusChanged", "OrderPlaced", "OrderPaid");
    }

    @Test
    void givenPlacedOrders_whenCancelledOrTheirHoldRunsOut_thenEverythingIsReleasedOnce() {
        PromotionWorld w = world(NOV_1);
        MemberId ann = w.member("ann");
        w.activePromotion(halfPriceForClub("half", null), new CouponTerms(OptionalLong.empty(), OptionalLong.empty(),
                new CouponValidity.RelativeDays(7), RefundPolicy.VOID));
        String code = ok(w.promotions.grantCoupon().grantCoupon(new GrantCouponUseCase.Command(w.merchant, "half", ann))).code();
        Cart withCoupon = cart(Optional.of(ann), List.of(code), line("oil", "oil", "100.00", 1));

        ok(w.promotions.placeOrder().placeOrder(place(w, "o-1", withCoupon)));
        OrderView cancelled = ok(w.promotions.cancelOrder().cancelOrder(new CancelOrderUseCase.Command(w.merchant, new OrderId("o-1"))));
        OrderView cancelledAgain = ok(w.promotions.cancelOrder().cancelOrder(new CancelOrderUseCase.Command(w.merchant, new OrderId("o-1"))));
        CouponState afterCancel = couponState(w, ann);
        ok(w.promotions.placeOrder().placeOrder(place(w, "o-2", withCoupon)));
        w.clock.advance(Duration.ofMinutes(29));
        List<String> early = ok(w.promotions.expireReservations().expireReservations(new ExpireReservationsUseCase.Command(100))).expiredOrderIds();
        w.clock.advance(Duration.ofMinutes(1));
        String lateRefusal = refusal(w.promotions.payOrder().payOrder(new PayOrderUseCase.Command(w.merchant, new OrderId("o-2"))));
        List<String> expired = ok(w.promotions.expireReservations().expireReservations(new ExpireReservationsUseCase.Command(100))).expiredOrderIds();

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelledAgain).isEqualTo(cancelled);
        assertThat(afterCancel).isEqualTo(CouponState.AVAILABLE);
        assertThat(early).doesNotContain("o-2");
        assertThat(lateRefusal).isEqualTo("RESERVATION_EXPIRED");
        // The sweep covers every merchant of the backend; this merchant's overdue order is among them.
        assertThat(expired).contains("o-2");
        assertThat(w.promotionPorts.orders().find(w.merchant, new OrderId("o-2")).get().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(couponState(w, ann)).isEqualTo(CouponState.AVAILABLE);
        assertThat(counters(w, "half")).isEqualTo(new PromotionCounters(0, 0, 0, 0, 1));
        assertThat(events(w)).containsSubsequence("OrderPlaced", "CouponReserved", "OrderCancelled", "CouponReleased",
                "OrderPlaced", "CouponReserved", "OrderCancelled", "CouponReleased");
    }

    @Test
    void givenVoidPolicy_whenCouponOrderRefunded_thenCouponIsVoid() {
        PromotionWorld w = world(NOV_1);
        MemberId ann = w.member("ann");
        w.activePromotion(halfPriceForClub("half", null), new CouponTerms(OptionalLong.of(1), OptionalLong.empty(),
                new CouponValidity.RelativeDays(7), RefundPolicy.VOID));
        String code = ok(w.promotions.grantCoupon().grantCoupon(new GrantCouponUseCase.Command(w.merchant, "half", ann))).code();
        String second = refusal(w.promotions.grantCoupon().grantCoupon(new GrantCouponUseCase.Command(w.merchant, "half", ann)));

        placeAndPay(w, "o-1", cart(Optional.of(ann), List.of(code), line("oil", "oil", "100.00", 1)));
        ok(w.promotions.refundOrder().refundOrder(new RefundOrderUseCase.Command(w.merchant, new OrderId("o-1"), "r-1", null)));

        assertThat(second).isEqualTo("QUANTITY_EXHAUSTED");
        assertThat(couponState(w, ann)).isEqualTo(CouponState.VOID);
        assertThat(events(w)).endsWith("OrderRefunded", "CouponVoided", "RefundRecorded");
    }

    // --- helpers -------------------------------------------------------------------------------------------

    static PlaceOrderUseCase.Command place(PromotionWorld w, String orderId, Cart cart) {
        return new PlaceOrderUseCase.Command(w.merchant, new OrderId(orderId), cart);
    }

    static OrderView placeAndPay(PromotionWorld w, String orderId, Cart cart) {
        ok(w.promotions.placeOrder().placeOrder(place(w, orderId, cart)));
        return ok(w.promotions.payOrder().payOrder(new PayOrderUseCase.Command(w.merchant, new OrderId(orderId))));
    }

    static PromotionCounters counters(PromotionWorld w, String promotionId) {
        return w.promotionPorts.ledger().counters(w.merchant, promotionId).orElseThrow();
    }

    static CouponState couponState(PromotionWorld w, MemberId member) {
        return ok(w.promotions.listMemberCoupons().listCoupons(new ListMemberCouponsUseCase.Query(w.merchant, member)))
                .get(0).state();
    }

    static List<String> events(PromotionWorld w) {
        return w.ports.outbox().readAfter(w.merchant, 0, 1000).stream().map(EventOutbox.StoredEvent::event)
                .map(e -> e.type()).filter(t -> !t.startsWith("Member") && !t.startsWith("Merchant")).toList();
    }

    /** 5折 on everything, for members of {@code club} (anyone when null): a coupon template. */
    static Promotion halfPriceForClub(String id, CommunityId club) {
        List<Condition> conditions = club == null ? List.of() : List.of(new Condition.MemberOf(List.of(club.value())));
        return new Promotion(id, Optional.of("Join and buy once at half price"), Optional.of("HALF"),
                Optional.of(PromotionWorld.CNY), 10, Stacking.STACKABLE, Optional.empty(), Optional.empty(),
                Optional.empty(), conditions, Target.EVERY_LINE,
                new Effect.PercentOff(new BigDecimal("50"), OptionalLong.empty()), Optional.empty(), Optional.empty(),
                Optional.empty(), OptionalLong.empty());
    }

    /** One rung of the purchase ladder: the {@code ordinal}th purchase gets {@code percent} off. */
    static Promotion ladderStep(String id, long ordinal, String percent) {
        return new Promotion(id, Optional.of("Purchase " + ordinal), Optional.empty(), Optional.of(PromotionWorld.CNY),
                0, Stacking.STACKABLE, Optional.of("ladder"), Optional.empty(), Optional.empty(),
                List.of(new Condition.PurchaseOrdinal(OptionalLong.of(ordinal), OptionalLong.empty(), OptionalLong.empty())),
                Target.EVERY_LINE, new Effect.PercentOff(new BigDecimal(percent), OptionalLong.empty()), Optional.empty(),
                Optional.empty(), Optional.empty(), OptionalLong.empty());
    }

    /** 满减 on a budget. */
    static Promotion spendSave(String id, String spend, String off, String budget) {
        return new Promotion(id, Optional.of("Spend " + spend + " save " + off), Optional.empty(),
                Optional.of(PromotionWorld.CNY), 0, Stacking.STACKABLE, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Target.EVERY_LINE,
                new Effect.SpendThreshold(List.of(new Effect.Step(cny(spend), cny(off))), false), Optional.empty(),
                Optional.of(new Promotion.Budget(cny(budget), cny("0"))), Optional.empty(), OptionalLong.empty());
    }
}
