package dev.shequn.adapter.persistence.promotion;

import static dev.shequn.adapter.persistence.promotion.PromotionWorld.cart;
import static dev.shequn.adapter.persistence.promotion.PromotionWorld.cny;
import static dev.shequn.adapter.persistence.promotion.PromotionWorld.line;
import static dev.shequn.adapter.persistence.promotion.PromotionWorld.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.adapter.persistence.memory.InMemoryPorts;
import dev.shequn.adapter.persistence.memory.InMemoryPromotionPorts;
import dev.shequn.adapter.persistence.memory.InMemoryReferralAdapters;
import dev.shequn.adapter.persistence.memory.SeededRandomSource;
import dev.shequn.adapter.persistence.memory.SequentialIdGenerator;
import dev.shequn.application.OutPorts;
import dev.shequn.application.Referrals;
import dev.shequn.application.port.in.CouponView;
import dev.shequn.application.port.in.CreateCommunityUseCase;
import dev.shequn.application.port.in.CreateJoinChannelUseCase;
import dev.shequn.application.port.in.JoinThroughChannelUseCase;
import dev.shequn.application.port.in.ListMemberCouponsUseCase;
import dev.shequn.application.port.in.PayOrderUseCase;
import dev.shequn.application.port.in.PlaceOrderUseCase;
import dev.shequn.application.port.in.ReadLedgerUseCase;
import dev.shequn.application.port.in.RefundOrderUseCase;
import dev.shequn.application.port.in.SetCommissionPlanUseCase;
import dev.shequn.application.port.in.SetIncentiveRuleUseCase;
import dev.shequn.application.referral.CouponGrantingThroughCatalog;
import dev.shequn.application.referral.ReferringOrders;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.Positioning;
import dev.shequn.domain.ledger.MemberBalances;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.order.OrderId;
import dev.shequn.domain.promotion.CouponState;
import dev.shequn.domain.promotion.CouponTerms;
import dev.shequn.domain.promotion.CouponValidity;
import dev.shequn.domain.promotion.RefundPolicy;
import dev.shequn.domain.referral.Beneficiary;
import dev.shequn.domain.referral.Trigger;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Referrals wired to the real coupon and order use cases, in memory: the seed rule's coupons come from the
 * coupon catalogue, and paying or refunding an order moves first-purchase rewards and leader commission.
 */
class InMemoryReferralOrderFlowsTest {

    private final OutPorts ports = InMemoryPorts.create(new SequentialIdGenerator(), new SeededRandomSource(42));
    private final PromotionWorld w = new PromotionWorld(ports, InMemoryPromotionPorts.beside(ports),
            new MutableClock(Instant.parse("2026-11-01T02:00:00Z")));
    private final InMemoryReferralAdapters adapters = InMemoryReferralAdapters.over(ports);
    private final Referrals referrals = new Referrals(ports, adapters.referrals(), adapters.incentives(),
            adapters.ledgers(), new CouponGrantingThroughCatalog(w.promotions.grantCoupon()), w.clock);
    private final ReferringOrders orders = referrals.orders(w.promotions.payOrder(), w.promotions.refundOrder());

    private MemberBalances balances(MemberId member) {
        return ok(referrals.readLedger().readLedger(new ReadLedgerUseCase.Query(w.merchant, member, 0, 100))).balances();
    }

    private List<CouponView> coupons(MemberId member) {
        return ok(w.promotions.listMemberCoupons().listCoupons(new ListMemberCouponsUseCase.Query(w.merchant, member)));
    }

    @Test
    void seedRule_bringAFriendIntoTheGroup_bothGetAHalfPriceCouponAndTheFriendsOrderPaysTheLeader() {
        MemberId leader = w.member("leader");
        MemberId alice = w.member("alice");
        MemberId bob = w.member("bob");
        CommunityId club = ok(w.shequn.createCommunity().createCommunity(
                CreateCommunityUseCase.Command.of(w.merchant, "Olive oil club", leader, Positioning.HIGH_FREQUENCY))).id();
        ok(w.shequn.createJoinChannel().createJoinChannel(
                new CreateJoinChannelUseCase.Command(w.merchant, "Friends", "olive-friends", List.of(club))));
        w.activePromotion(AbstractPromotionFlowsTest.halfPriceForClub("half-price", null), new CouponTerms(
                OptionalLong.of(100), OptionalLong.of(1), new CouponValidity.RelativeDays(7), RefundPolicy.RESTORE));
        ok(referrals.setIncentiveRule().setIncentiveRule(new SetIncentiveRuleUseCase.Command(w.merchant,
                "bring-a-friend", "bring a new member, both get a half-price coupon", Trigger.INVITEE_JOINED,
                Beneficiary.BOTH, null, null, null, "half-price", null, null, null, null, null, null, true)));
        ok(referrals.setIncentiveRule().setIncentiveRule(new SetIncentiveRuleUseCase.Command(w.merchant,
                "first-buy", "first purchase points", Trigger.INVITEE_FIRST_PURCHASE, Beneficiary.INVITER, 200L, null,
                null, null, null, null, null, null, null, null, true)));
        ok(referrals.setCommissionPlan().setCommissionPlan(new SetCommissionPlanUseCase.Command(w.merchant, club,
                new BigDecimal("10"), null)));

        ok(referrals.joinThroughChannel(w.shequn.joinThroughChannel()).joinThroughChannel(
                new JoinThroughChannelUseCase.Command(w.merchant, "olive-friends", bob, alice)));

        assertThat(coupons(alice)).singleElement().satisfies(c -> assertThat(c.promotionId()).isEqualTo("half-price"));
        assertThat(coupons(bob)).singleElement().satisfies(c -> assertThat(c.state()).isEqualTo(CouponState.AVAILABLE));

        // Bob's first order with his coupon: 2 x 60.00 at half price, 60.00 paid for the goods.
        String code = coupons(bob).get(0).code();
        ok(w.promotions.placeOrder().placeOrder(new PlaceOrderUseCase.Command(w.merchant, new OrderId("o-1"),
                cart(Optional.of(bob), List.of(code), line("oil", "oil", "60.00", 2)))));
        ok(orders.payOrder(new PayOrderUseCase.Command(w.merchant, new OrderId("o-1"))));
        ok(orders.payOrder(new PayOrderUseCase.Command(w.merchant, new OrderId("o-1"))));

        assertThat(balances(leader).cashFrozen()).as("10% of 60.00, once").isEqualTo(cny("6.00"));
        assertThat(balances(alice).pointsFrozen()).isEqualTo(200);

        ok(orders.refundOrder(new RefundOrderUseCase.Command(w.merchant, new OrderId("o-1"), "r-1", Map.of("oil", 1L))));
        assertThat(balances(leader).cashFrozen()).as("half the goods refunded").isEqualTo(cny("3.00"));
        assertThat(balances(alice).pointsFrozen()).isEqualTo(100);
        ok(orders.refundOrder(new RefundOrderUseCase.Command(w.merchant, new OrderId("o-1"), "r-2", null)));
        assertThat(balances(leader).cashFrozen()).isEqualTo(cny("0.00"));
        assertThat(balances(alice).pointsFrozen()).isZero();
    }
}
