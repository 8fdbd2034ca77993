package dev.shequn.domain.promotion;

import static dev.shequn.domain.promotion.CatalogFixtures.NOV_1;
import static dev.shequn.domain.promotion.CatalogFixtures.OLIVE_SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.domain.promotion.PromotionEvents.CouponRestored;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MemberCouponTest {

    private final Instant until = NOV_1.plus(Duration.ofDays(7));

    private MemberCoupon coupon() {
        return MemberCoupon.grant(OLIVE_SHOP, CouponCode.fromRandom(new byte[] {9, 8, 7, 6, 5, 4}), "half", "m-1",
                new CouponValidity.CouponWindow(NOV_1, until), NOV_1);
    }

    @Test
    void givenAvailableCoupon_whenReservedTwiceBySameOrder_thenSecondChangesNothing() {
        MemberCoupon coupon = coupon();

        assertThat(coupon.reserve("o-1", NOV_1).get()).isPresent();
        assertThat(coupon.reserve("o-1", NOV_1).get()).isEmpty();
        assertThat(coupon.state()).isEqualTo(CouponState.RESERVED);
        assertThat(coupon.presentableBy("m-1", "o-1")).isTrue();
        assertThat(coupon.presentableBy("m-1", "o-2")).isFalse();
    }

    @Test
    void givenReservedCoupon_whenAnotherOrderReserves_thenHeldByAnotherOrder() {
        MemberCoupon coupon = coupon();
        coupon.reserve("o-1", NOV_1);

        assertThat(coupon.reserve("o-2", NOV_1).getLeft().reason()).isEqualTo(CouponRejection.Reason.HELD_BY_ANOTHER_ORDER);
        assertThat(coupon.redeem("o-2", NOV_1).getLeft().reason()).isEqualTo(CouponRejection.Reason.HELD_BY_ANOTHER_ORDER);
    }

    @Test
    void givenRedeemedCoupon_whenRedeemedAgainOrReservedByAnother_thenNeverTwice() {
        MemberCoupon coupon = coupon();
        coupon.reserve("o-1", NOV_1);

        assertThat(coupon.redeem("o-1", NOV_1).get()).isPresent();
        assertThat(coupon.redeem("o-1", NOV_1).get()).isEmpty();
        assertThat(coupon.reserve("o-2", NOV_1).isLeft()).isTrue();
        assertThat(coupon.state()).isEqualTo(CouponState.REDEEMED);
    }

    @Test
    void givenWindowOver_whenReserving_thenExpired() {
        assertThat(coupon().reserve("o-1", until).getLeft().reason()).isEqualTo(CouponRejection.Reason.EXPIRED);
        assertThat(coupon().stateAt(until)).isEqualTo(CouponState.EXPIRED);
        assertThat(coupon().stateAt(until.minusNanos(1))).isEqualTo(CouponState.AVAILABLE);
    }

    @Test
    void givenReservation_whenReleasedAfterWindow_thenExpiredNotAvailable() {
        MemberCoupon early = coupon();
        early.reserve("o-1", NOV_1);
        MemberCoupon late = coupon();
        late.reserve("o-1", NOV_1);

        early.release("o-1", NOV_1);
        late.release("o-1", until);

        assertThat(early.state()).isEqualTo(CouponState.AVAILABLE);
        assertThat(early.orderId()).isEmpty();
        assertThat(late.state()).isEqualTo(CouponState.EXPIRED);
        assertThat(late.release("o-1", until)).isEmpty();
    }

    @Test
    void givenRedeemedCoupon_whenRefundedUnderEachPolicy_thenRestoredOrVoid() {
        MemberCoupon restored = coupon();
        restored.reserve("o-1", NOV_1);
        restored.redeem("o-1", NOV_1);
        MemberCoupon voided = coupon();
        voided.reserve("o-1", NOV_1);
        voided.redeem("o-1", NOV_1);

        assertThat(restored.afterRefund("o-1", RefundPolicy.RESTORE, NOV_1)).get()
                .isInstanceOf(CouponRestored.class);
        voided.afterRefund("o-1", RefundPolicy.VOID, NOV_1);

        assertThat(restored.state()).isEqualTo(CouponState.AVAILABLE);
        assertThat(voided.state()).isEqualTo(CouponState.VOID);
        assertThat(voided.afterRefund("o-1", RefundPolicy.VOID, NOV_1)).isEmpty();
    }

    @Test
    void givenAvailablePastWindow_whenSweeping_thenExpiredOnce() {
        MemberCoupon coupon = coupon();

        assertThat(coupon.expireIfOver(until.minusSeconds(1))).isEmpty();
        assertThat(coupon.expireIfOver(until)).isPresent();
        assertThat(coupon.expireIfOver(until)).isEmpty();
        assertThat(coupon.state()).isEqualTo(CouponState.EXPIRED);
    }
}
