package dev.shequn.domain.promotion;

import static dev.shequn.domain.promotion.PricingFixtures.aPromotion;
import static dev.shequn.domain.promotion.PricingFixtures.aRequest;
import static dev.shequn.domain.promotion.PricingFixtures.allocations;
import static dev.shequn.domain.promotion.PricingFixtures.applied;
import static dev.shequn.domain.promotion.PricingFixtures.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.domain.promotion.PricingFixtures.RequestBuilder;
import org.junit.jupiter.api.Test;

/** Exclusive against stackable, groups, ties, application order and caps. */
class CombinationTest {

    private static RequestBuilder cart() {
        return aRequest().line("l1", "s1", "c1", "100.00", 1);
    }

    @Test
    void givenEqualWorth_whenExclusiveHasHigherPriority_thenExclusiveWins() {
        PricingAnswer answer = cart()
                .promotion(aPromotion("set").amountOff("20.00"))
                .promotion(aPromotion("excl").priority(1).exclusive().percentOff("20"))
                .price();

        assertThat(applied(answer)).containsExactly("excl=20.00");
        assertThat(rejected(answer)).containsExactly("set:NOT_COMBINABLE");
    }

    @Test
    void givenEqualWorthAndPriority_whenPricing_thenTheEarlierInTheRequestWins() {
        assertThat(applied(cart()
                .promotion(aPromotion("set").amountOff("20.00"))
                .promotion(aPromotion("excl").exclusive().percentOff("20"))
                .price())).containsExactly("set=20.00");
        assertThat(applied(cart()
                .promotion(aPromotion("excl").exclusive().percentOff("20"))
                .promotion(aPromotion("set").amountOff("20.00"))
                .price())).containsExactly("excl=20.00");
    }

    @Test
    void givenEqualWorth_whenTheSetsFirstAppliedHasHigherPriority_thenTheSetWins() {
        PricingAnswer answer = cart()
                .promotion(aPromotion("excl").priority(5).exclusive().percentOff("20"))
                .promotion(aPromotion("a").priority(9).amountOff("10.00"))
                .promotion(aPromotion("b").amountOff("10.00"))
                .price();

        assertThat(applied(answer)).containsExactly("a=10.00", "b=10.00");
        assertThat(rejected(answer)).containsExactly("excl:NOT_COMBINABLE");
    }

    @Test
    void givenTwoExclusives_whenPricing_thenTheOneGivingMoreWins() {
        PricingAnswer answer = cart()
                .promotion(aPromotion("e1").exclusive().percentOff("10"))
                .promotion(aPromotion("e2").exclusive().amountOff("15.00"))
                .promotion(aPromotion("s").amountOff("12.00"))
                .price();

        assertThat(applied(answer)).containsExactly("e2=15.00");
        assertThat(rejected(answer)).containsExactly("e1:NOT_COMBINABLE", "s:NOT_COMBINABLE");
    }

    @Test
    void givenExclusiveGiftAndNoStackable_whenPricing_thenTheEmptySetNeverWins() {
        PricingAnswer answer = cart().promotion(aPromotion("g").exclusive().gift("cup", 1)).price();

        assertThat(applied(answer)).containsExactly("g=0.00");
        assertThat(answer.gifts()).hasSize(1);
    }

    @Test
    void givenExclusiveWinner_whenAGiftIsStackable_thenTheGiftIsLeftOut() {
        PricingAnswer answer = cart()
                .promotion(aPromotion("g").gift("cup", 1))
                .promotion(aPromotion("e").exclusive().amountOff("1.00"))
                .price();

        assertThat(applied(answer)).containsExactly("e=1.00");
        assertThat(rejected(answer)).containsExactly("g:NOT_COMBINABLE");
        assertThat(answer.gifts()).isEmpty();
    }

    @Test
    void givenGroup_whenMembersGiveTheSameAlone_thenHigherPriorityThenEarlierWins() {
        assertThat(applied(cart()
                .promotion(aPromotion("a").group("g").amountOff("10.00"))
                .promotion(aPromotion("b").group("g").priority(1).percentOff("10"))
                .price())).containsExactly("b=10.00");
        assertThat(applied(cart()
                .promotion(aPromotion("a").group("g").amountOff("10.00"))
                .promotion(aPromotion("b").group("g").percentOff("10"))
                .price())).containsExactly("a=10.00");
    }

    @Test
    void givenGroupNamesDifferingInCase_whenPricing_thenTheyAreDifferentGroups() {
        assertThat(applied(cart()
                .promotion(aPromotion("a").group("g").amountOff("10.00"))
                .promotion(aPromotion("b").group("G").amountOff("5.00"))
                .price())).containsExactly("a=10.00", "b=5.00");
    }

    @Test
    void givenGroupWinnerFindingNothingAtItsTurn_whenPricing_thenRunnerUpDoesNotStepIn() {
        PricingAnswer answer = cart()
                .promotion(aPromotion("all").priority(10).percentOff("100"))
                .promotion(aPromotion("big").group("g").amountOff("50.00"))
                .promotion(aPromotion("small").group("g").amountOff("30.00"))
                .price();

        assertThat(applied(answer)).containsExactly("all=100.00");
        assertThat(rejected(answer)).containsExactly("big:NOTHING_TO_DISCOUNT", "small:NOT_COMBINABLE");
    }

    @Test
    void givenExclusiveWithAGroup_whenPricing_thenItsGroupChangesNothing() {
        PricingAnswer answer = cart()
                .promotion(aPromotion("e").group("g").exclusive().amountOff("5.00"))
                .promotion(aPromotion("s").group("g").amountOff("10.00"))
                .price();

        assertThat(applied(answer)).containsExactly("s=10.00");
        assertThat(rejected(answer)).containsExactly("e:NOT_COMBINABLE");
    }

    @Test
    void givenPriorities_whenStacking_thenAppliedInPriorityOrderOnRemainingAmounts() {
        PricingAnswer answer = cart()
                .promotion(aPromotion("low").percentOff("10"))
                .promotion(aPromotion("high").priority(3).amountOff("50.00"))
                .promotion(aPromotion("mid").priority(1).percentOff("50"))
                .price();

        assertThat(applied(answer)).containsExactly("high=50.00", "mid=25.00", "low=2.50");
        assertThat(allocations(answer, "l1")).containsExactly("high=50.00", "mid=25.00", "low=2.50");
    }

    @Test
    void givenDeposit_whenExclusiveWins_thenDepositAppliesInItsPriorityPlaceAndIsNeverNotCombinable() {
        PricingAnswer answer = cart()
                .promotion(aPromotion("e").priority(5).exclusive().percentOff("50"))
                .promotion(aPromotion("d").deposit("10.00", "30.00"))
                .promotion(aPromotion("s").amountOff("1.00"))
                .price();

        // e first (priority 5): 50.00; then d on the 50.00 left: 30 - 10 = 20.00. Worth 70 against 20 + 1.
        assertThat(applied(answer)).containsExactly("e=50.00", "d=20.00");
        assertThat(rejected(answer)).containsExactly("s:NOT_COMBINABLE");
        assertThat(answer.depositPaid().toPlainString()).isEqualTo("10.00");
        assertThat(answer.total().toPlainString()).isEqualTo("20.00");
    }

    @Test
    void givenEqualWorthAndTheSameDepositFirst_whenPricing_thenTheSetRanksAsTheDepositAndTheExclusiveAsItself() {
        // Both candidates give 20.00 + 1.00 off the goods. The deposit (priority 3) applies first in both; the
        // set ranks as it (rule 28), the exclusive candidate as its exclusive (priority 0): the set wins,
        // although the exclusive comes earlier in the request than the stackable amountOff.
        PricingAnswer answer = cart()
                .promotion(aPromotion("e").exclusive().amountOff("1.00"))
                .promotion(aPromotion("d").priority(3).deposit("10.00", "30.00"))
                .promotion(aPromotion("s").amountOff("1.00"))
                .price();

        assertThat(applied(answer)).containsExactly("d=20.00", "s=1.00");
        assertThat(rejected(answer)).containsExactly("e:NOT_COMBINABLE");
    }

    @Test
    void givenOnlyADepositAndAnExclusiveGift_whenPricing_thenTheGiftIsNotLeftOutForAnEmptySet() {
        PricingAnswer answer = cart()
                .promotion(aPromotion("d").deposit("10.00", "30.00"))
                .promotion(aPromotion("g").exclusive().gift("cup", 1))
                .price();

        assertThat(applied(answer)).containsExactly("d=20.00", "g=0.00");
    }

    @Test
    void givenDepositTakingEverythingBeforeTheOnlyExclusive_whenPricing_thenTheExclusiveFoundNothingRatherThanLostToAnEmptySet() {
        PricingAnswer answer = aRequest().line("l1", "s1", "c1", "30.00", 1)
                .promotion(aPromotion("d").priority(5).deposit("0", "50.00"))
                .promotion(aPromotion("e").exclusive().percentOff("10"))
                .price();

        assertThat(applied(answer)).containsExactly("d=30.00");
        assertThat(rejected(answer)).containsExactly("e:NOTHING_TO_DISCOUNT");
    }

    @Test
    void givenExclusiveLosing_whenPricing_thenTheDetailNamesTheWinningExclusive() {
        PricingAnswer answer = cart()
                .promotion(aPromotion("e1").exclusive().percentOff("10"))
                .promotion(aPromotion("e2").exclusive().percentOff("20"))
                .price();

        assertThat(answer.rejected().get(0).detail()).contains("e2").contains("20.00");
    }

    @Test
    void givenMaxDiscount_whenCapping_thenSharesScaleInProportion() {
        PricingAnswer answer = aRequest()
                .line("l1", "s1", "c1", "30.00", 1)
                .line("l2", "s2", "c1", "10.00", 1)
                .promotion(aPromotion("p").percentOff("50").maxDiscount("10.00"))
                .price();

        assertThat(PricingFixtures.lineDiscounts(answer)).containsExactly("l1=7.50", "l2=2.50");
    }

    @Test
    void givenBudgetLeftBelowMaxDiscount_whenCapping_thenTheSmallerCapWins() {
        PricingAnswer answer = aRequest()
                .line("l1", "s1", "c1", "30.00", 1)
                .line("l2", "s2", "c1", "10.00", 1)
                .promotion(aPromotion("p").percentOff("50").maxDiscount("10.00").budget("100.00", "92.00"))
                .price();

        assertThat(PricingFixtures.lineDiscounts(answer)).containsExactly("l1=6.00", "l2=2.00");
        assertThat(applied(answer)).containsExactly("p=8.00");
    }

    @Test
    void givenCapOverThreeEqualLines_whenAllocating_thenEarlierLineGetsTheOddCent() {
        PricingAnswer answer = aRequest()
                .line("l1", "s1", "c1", "10.00", 1)
                .line("l2", "s2", "c1", "10.00", 1)
                .line("l3", "s3", "c1", "10.00", 1)
                .promotion(aPromotion("p").percentOff("50").maxDiscount("10.00"))
                .price();

        assertThat(PricingFixtures.lineDiscounts(answer)).containsExactly("l1=3.34", "l2=3.33", "l3=3.33");
    }

    @Test
    void givenCapsOnCandidates_whenChoosing_thenCappedWorthIsCompared() {
        PricingAnswer answer = cart()
                .promotion(aPromotion("e").exclusive().percentOff("50").maxDiscount("15.00"))
                .promotion(aPromotion("s").amountOff("20.00"))
                .price();

        assertThat(applied(answer)).containsExactly("s=20.00");
    }

    @Test
    void givenShippingDiscount_whenChoosing_thenItCountsInTheWorth() {
        PricingAnswer answer = cart().shipping("30.00")
                .promotion(aPromotion("ship").shippingOff("30.00"))
                .promotion(aPromotion("e").exclusive().amountOff("25.00"))
                .price();

        assertThat(applied(answer)).containsExactly("ship=30.00");
        assertThat(answer.shippingDiscount().toPlainString()).isEqualTo("30.00");
        assertThat(answer.discountTotal().toPlainString()).isEqualTo("0.00");
    }
}
