package dev.shequn.domain.promotion;

import static dev.shequn.domain.promotion.CatalogFixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PromotionCountersTest {

    private final PromotionLimits twoOrdersTenYuan = new PromotionLimits(OptionalLong.of(2), Optional.of(cny("10.00")),
            OptionalLong.of(1));

    @Test
    void givenRedemptionsLeft_whenReserving_thenTheLastOneGoesAndTheNextIsRefused() {
        PromotionCounters counters = PromotionCounters.NONE.reserve(twoOrdersTenYuan, cny("1.00")).get()
                .reserve(twoOrdersTenYuan, cny("1.00")).get();

        assertThat(counters.redemptionsReserved()).isEqualTo(2);
        assertThat(counters.reserve(twoOrdersTenYuan, cny("1.00")).getLeft().reason())
                .isEqualTo(LimitRejection.Reason.REDEMPTIONS_EXHAUSTED);
    }

    @Test
    void givenBudgetHeldByReservations_whenReservingMore_thenBudgetExhausted() {
        PromotionCounters counters = PromotionCounters.NONE.reserve(twoOrdersTenYuan, cny("6.00")).get();

        assertThat(counters.reserve(twoOrdersTenYuan, cny("4.01")).getLeft().reason())
                .isEqualTo(LimitRejection.Reason.BUDGET_EXHAUSTED);
        assertThat(counters.reserve(twoOrdersTenYuan, cny("4.00")).get().budgetReserved()).isEqualTo(1000);
    }

    @Test
    void givenReservation_whenCommittedThenPartlyGivenBack_thenUsedFollows() {
        PromotionCounters paid = PromotionCounters.NONE.reserve(twoOrdersTenYuan, cny("6.00")).get()
                .commit(twoOrdersTenYuan, cny("6.00"));
        PromotionCounters refunded = paid.giveBack(twoOrdersTenYuan, cny("2.00"), false);

        assertThat(paid).isEqualTo(new PromotionCounters(1, 0, 600, 0, 0));
        assertThat(refunded).isEqualTo(new PromotionCounters(1, 0, 400, 0, 0));
        assertThat(refunded.giveBack(twoOrdersTenYuan, cny("4.00"), true)).isEqualTo(PromotionCounters.NONE);
    }

    @Test
    void givenReservation_whenReleased_thenEverythingIsFreeAgain() {
        PromotionCounters held = PromotionCounters.NONE.reserve(twoOrdersTenYuan, cny("6.00")).get();

        assertThat(held.release(twoOrdersTenYuan, cny("6.00"))).isEqualTo(PromotionCounters.NONE);
        assertThatIllegalStateException().isThrownBy(() -> PromotionCounters.NONE.release(twoOrdersTenYuan, cny("1.00")));
    }

    @Test
    void givenQuantityOfOne_whenGrantingTwice_thenSecondRefused() {
        PromotionCounters once = PromotionCounters.NONE.grant(twoOrdersTenYuan).get();

        assertThat(once.couponsGranted()).isEqualTo(1);
        assertThat(once.grant(twoOrdersTenYuan).getLeft().reason()).isEqualTo(LimitRejection.Reason.QUANTITY_EXHAUSTED);
    }

    @Test
    void givenCountersInUse_whenPricing_thenReservedCountsAsUsed() {
        PromotionCounters held = new PromotionCounters(1, 1, 300, 200, 0);

        assertThat(held.pricingBudget(twoOrdersTenYuan)).contains(new Promotion.Budget(cny("10.00"), cny("5.00")));
        assertThat(held.pricingRedemptions(twoOrdersTenYuan)).contains(new Promotion.Redemptions(2, 2));
        assertThat(held.pricingBudget(PromotionLimits.NONE)).isEmpty();
    }
}
