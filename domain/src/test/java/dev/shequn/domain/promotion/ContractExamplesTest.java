package dev.shequn.domain.promotion;

import static dev.shequn.domain.promotion.PricingFixtures.aMember;
import static dev.shequn.domain.promotion.PricingFixtures.aPromotion;
import static dev.shequn.domain.promotion.PricingFixtures.aRequest;
import static dev.shequn.domain.promotion.PricingFixtures.allocations;
import static dev.shequn.domain.promotion.PricingFixtures.applied;
import static dev.shequn.domain.promotion.PricingFixtures.lineDiscounts;
import static dev.shequn.domain.promotion.PricingFixtures.rejected;
import static dev.shequn.domain.promotion.PricingFixtures.totals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The contract's examples 01-05 and 07-18, rebuilt as requests, with every number of the expected answers. */
class ContractExamplesTest {

    @Test
    void givenReturningClubMemberWithCoupon_whenPricing_thenHalfPrice_01() {
        PricingAnswer answer = aRequest().at("2026-11-30T20:00:00+08:00")
                .member(aMember("m-olive-1").tier("junior").communities("olive-club").paidOrders(3))
                .line("l1", "olive-oil-750ml", "oil", "168.00", 2)
                .codes("half-olive-7d")
                .promotion(aPromotion("welcome-back-half-price").code("HALF-OLIVE-7D")
                        .validFrom("2026-11-28T00:00:00+08:00").validUntil("2026-12-05T00:00:00+08:00")
                        .memberOf("olive-club").percentOff("50").perMemberLimit(1))
                .price();

        assertThat(totals(answer)).containsExactly("336.00", "168.00", "0.00", "0.00", "0.00", "168.00");
        assertThat(allocations(answer, "l1")).containsExactly("welcome-back-half-price=168.00");
        assertThat(answer.applied().get(0).code()).contains("HALF-OLIVE-7D");
        assertThat(applied(answer)).containsExactly("welcome-back-half-price=168.00");
        assertThat(answer.rejected()).isEmpty();
        assertThat(answer.gifts()).isEmpty();
    }

    @Test
    void givenSecondPurchase_whenPricing_thenLadderTakes40Percent_02() {
        PricingAnswer answer = aRequest().at("2026-12-10T09:30:00+08:00")
                .member(aMember("m-olive-2").tier("junior").communities("olive-club").paidOrders(1))
                .line("l1", "olive-oil-1l", "oil", "199.00", 1)
                .line("l2", "balsamic-vinegar", "condiment", "59.90", 1)
                .promotion(aPromotion("ladder-1").group("purchase-ladder").memberOf("olive-club").purchaseOrdinal(1).percentOff("50"))
                .promotion(aPromotion("ladder-2").group("purchase-ladder").memberOf("olive-club").purchaseOrdinal(2).percentOff("40"))
                .promotion(aPromotion("ladder-3").group("purchase-ladder").memberOf("olive-club")
                        .purchaseOrdinalBetween(3L, null).percentOff("30"))
                .price();

        assertThat(totals(answer)).containsExactly("258.90", "103.56", "0.00", "0.00", "0.00", "155.34");
        assertThat(lineDiscounts(answer)).containsExactly("l1=79.60", "l2=23.96");
        assertThat(allocations(answer, "l2")).containsExactly("ladder-2=23.96");
        assertThat(applied(answer)).containsExactly("ladder-2=103.56");
        assertThat(rejected(answer)).containsExactly("ladder-1:PURCHASE_ORDINAL_NOT_MET", "ladder-3:PURCHASE_ORDINAL_NOT_MET");
    }

    @Test
    void givenSpendThresholdSteps_whenPricing_thenHighestStepSharedByLargestRemainder_03() {
        PricingAnswer answer = aRequest().at("2026-11-11T00:00:01+08:00")
                .line("l1", "olive-oil-1l", "oil", "150.00", 1)
                .line("l2", "balsamic-vinegar", "condiment", "40.00", 2)
                .promotion(aPromotion("double-11-full-reduction").spendThreshold("100.00", "10.00", "200.00", "25.00"))
                .price();

        assertThat(totals(answer)).containsExactly("230.00", "25.00", "0.00", "0.00", "0.00", "205.00");
        assertThat(lineDiscounts(answer)).containsExactly("l1=16.30", "l2=8.70");
        assertThat(applied(answer)).containsExactly("double-11-full-reduction=25.00");
    }

    @Test
    void givenExclusiveWorthMore_whenPricing_thenItBeatsTheStackedSet_04() {
        PricingAnswer answer = aRequest().at("2026-11-23T12:00:00+08:00")
                .member(aMember("m-9").tier("senior").tags("vip").paidOrders(12))
                .line("l1", "gift-box", "gift", "200.00", 1)
                .codes("VIP30", "SAVE20")
                .promotion(aPromotion("vip-30").code("VIP30").exclusive().tierIn("senior").percentOff("30"))
                .promotion(aPromotion("store-10").priority(5).percentOff("10"))
                .promotion(aPromotion("save-20").code("SAVE20").priority(1).amountOff("20.00"))
                .price();

        assertThat(totals(answer)).containsExactly("200.00", "60.00", "0.00", "0.00", "0.00", "140.00");
        assertThat(applied(answer)).containsExactly("vip-30=60.00");
        assertThat(rejected(answer)).containsExactly("store-10:NOT_COMBINABLE", "save-20:NOT_COMBINABLE");
        assertThat(answer.rejected().get(1).code()).contains("SAVE20");
    }

    @Test
    void givenPresaleDepositAndGift_whenPricing_thenDepositPaidComesOffTheTotal_05() {
        PricingAnswer answer = aRequest().at("2027-01-20T10:00:00+08:00")
                .member(aMember("m-olive-3").tier("intermediate").communities("olive-club").paidOrders(5))
                .line("l1", "new-year-oil-gift-box", "gift", "398.00", 1)
                .codes("PRESALE-7781")
                .promotion(aPromotion("new-year-presale").code("PRESALE-7781")
                        .validFrom("2027-01-20T00:00:00+08:00").validUntil("2027-01-22T00:00:00+08:00")
                        .skus("new-year-oil-gift-box").deposit("20.00", "50.00").perMemberLimit(1))
                .promotion(aPromotion("gift-over-299").minSubtotal("299.00").gift("olive-oil-sample-100ml", 1))
                .price();

        assertThat(totals(answer)).containsExactly("398.00", "30.00", "0.00", "0.00", "20.00", "348.00");
        assertThat(allocations(answer, "l1")).containsExactly("new-year-presale=30.00");
        assertThat(answer.gifts()).containsExactly(new PricingAnswer.GiftResult("gift-over-299", "olive-oil-sample-100ml", 1));
        assertThat(applied(answer)).containsExactly("new-year-presale=30.00", "gift-over-299=0.00");
        assertThat(answer.rejected()).isEmpty();
    }

    @Test
    void givenSmallerSubsetWouldGiveMore_whenPricing_thenNoSubsetIsTried_07() {
        PricingAnswer answer = aRequest().at("2026-11-11T20:00:00+08:00")
                .member(aMember("m-tea-4").tier("senior").tags("vip").communities("tea-lovers").paidOrders(8))
                .line("l1", "pu-erh-cake-357g", "tea", "300.00", 1)
                .codes("VIP25")
                .promotion(aPromotion("club-member-5").priority(10).memberOf("tea-lovers").percentOff("5"))
                .promotion(aPromotion("d11-300-save-40").spendThreshold("300.00", "40.00"))
                .promotion(aPromotion("vip-25").code("VIP25").exclusive().amountOff("25.00"))
                .price();

        assertThat(totals(answer)).containsExactly("300.00", "25.00", "0.00", "0.00", "0.00", "275.00");
        assertThat(applied(answer)).containsExactly("vip-25=25.00");
        assertThat(rejected(answer)).containsExactly("club-member-5:NOT_COMBINABLE", "d11-300-save-40:NOT_COMBINABLE");
    }

    @Test
    void givenStackedSetWorthLess_whenPricing_thenExclusiveWinsAndIsShared_08() {
        PricingAnswer answer = aRequest().at("2026-07-02T18:30:00+08:00")
                .member(aMember("m-fresh-12").tier("junior").tags("new").communities("building-7-fresh").paidOrders(0))
                .line("l1", "strawberries-500g", "fruit", "39.90", 2)
                .line("l2", "blueberries-125g", "fruit", "20.20", 1)
                .codes("FLASH1950")
                .promotion(aPromotion("leader-10").memberOf("building-7-fresh").percentOff("10"))
                .promotion(aPromotion("flash-19-50").code("FLASH1950").exclusive().amountOff("19.50"))
                .promotion(aPromotion("new-neighbour-10").purchaseOrdinal(1).percentOff("10"))
                .price();

        assertThat(totals(answer)).containsExactly("100.00", "19.50", "0.00", "0.00", "0.00", "80.50");
        assertThat(lineDiscounts(answer)).containsExactly("l1=15.56", "l2=3.94");
        assertThat(applied(answer)).containsExactly("flash-19-50=19.50");
        assertThat(rejected(answer)).containsExactly("leader-10:NOT_COMBINABLE", "new-neighbour-10:NOT_COMBINABLE");
    }

    @Test
    void givenGroup_whenPricing_thenWinnerIsChosenAloneAndAppliesOnRemaining_09() {
        PricingAnswer answer = aRequest().at("2026-12-05T10:00:00+08:00")
                .member(aMember("m-olive-21").tier("junior").communities("olive-club").paidOrders(0))
                .line("l1", "olive-oil-3l-tin", "oil", "298.00", 1)
                .promotion(aPromotion("club-day-100").priority(10).memberOf("olive-club").amountOff("100.00"))
                .promotion(aPromotion("first-order-half").group("new-member").purchaseOrdinal(1).percentOff("50"))
                .promotion(aPromotion("first-order-120").group("new-member").purchaseOrdinal(1).amountOff("120.00"))
                .price();

        assertThat(totals(answer)).containsExactly("298.00", "199.00", "0.00", "0.00", "0.00", "99.00");
        assertThat(allocations(answer, "l1")).containsExactly("club-day-100=100.00", "first-order-half=99.00");
        assertThat(applied(answer)).containsExactly("club-day-100=100.00", "first-order-half=99.00");
        assertThat(rejected(answer)).containsExactly("first-order-120:NOT_COMBINABLE");
    }

    @Test
    void givenDepositAndExclusiveWinner_whenPricing_thenBothApplyDepositFirst_10() {
        PricingAnswer answer = aRequest().at("2026-11-11T00:10:00+08:00")
                .member(aMember("m-tea-8").tier("senior").tags("vip").communities("tea-lovers").paidOrders(6))
                .line("l1", "spring-longjing-2027-presale", "tea", "200.00", 1)
                .codes("PRESALE-0417", "VIP20")
                .promotion(aPromotion("longjing-presale").code("PRESALE-0417").skus("spring-longjing-2027-presale")
                        .deposit("20.00", "50.00").perMemberLimit(1))
                .promotion(aPromotion("cup-gift").categories("tea").gift("tasting-cup", 1))
                .promotion(aPromotion("vip-20").code("VIP20").exclusive().hasAnyTag("vip").percentOff("20"))
                .price();

        assertThat(totals(answer)).containsExactly("200.00", "64.00", "0.00", "0.00", "20.00", "116.00");
        assertThat(allocations(answer, "l1")).containsExactly("longjing-presale=30.00", "vip-20=34.00");
        assertThat(applied(answer)).containsExactly("longjing-presale=30.00", "vip-20=34.00");
        assertThat(rejected(answer)).containsExactly("cup-gift:NOT_COMBINABLE");
        assertThat(answer.gifts()).isEmpty();
    }

    @Test
    void givenThresholdNoLongerReachedAtItsTurn_whenPricing_thenNothingToDiscount_11() {
        PricingAnswer answer = aRequest().at("2026-08-14T09:00:00+08:00")
                .member(aMember("m-fresh-3").tier("intermediate").communities("building-7-fresh").paidOrders(14))
                .line("l1", "free-range-eggs-30", "eggs", "32.00", 1)
                .line("l2", "apples-2kg", "fruit", "28.00", 1)
                .line("l3", "fresh-milk-1l", "dairy", "22.50", 2)
                .promotion(aPromotion("group-buy-8").priority(10).percentOff("8"))
                .promotion(aPromotion("spend-100-save-12").spendThreshold("100.00", "12.00"))
                .price();

        assertThat(totals(answer)).containsExactly("105.00", "8.40", "0.00", "0.00", "0.00", "96.60");
        assertThat(lineDiscounts(answer)).containsExactly("l1=2.56", "l2=2.24", "l3=3.60");
        assertThat(applied(answer)).containsExactly("group-buy-8=8.40");
        assertThat(rejected(answer)).containsExactly("spend-100-save-12:NOTHING_TO_DISCOUNT");
    }

    @Test
    void givenUnknownAndDuplicateCodes_whenPricing_thenUnknownListedOnceAsFirstPresented_12() {
        PricingAnswer answer = aRequest().at("2026-09-20T15:00:00+08:00")
                .member(aMember("m-tea-15").tier("junior").communities("tea-lovers").paidOrders(2))
                .line("l1", "longjing-250g", "tea", "168.00", 1)
                .line("l2", "clay-teapot", "teaware", "88.00", 1)
                .codes("tea-club10", "TEA-CLUB10", "nope-2026", "spring5", "NOPE-2026")
                .promotion(aPromotion("tea-club-10").code("TEA-CLUB10").categories("tea").percentOff("10"))
                .promotion(aPromotion("tea-club-cup").code("tea-club10").gift("tasting-cup", 1))
                .promotion(aPromotion("spring-5").code("SPRING5").validUntil("2026-06-01T00:00:00+08:00").amountOff("5.00"))
                .price();

        assertThat(totals(answer)).containsExactly("256.00", "16.80", "0.00", "0.00", "0.00", "239.20");
        assertThat(lineDiscounts(answer)).containsExactly("l1=16.80", "l2=0.00");
        assertThat(allocations(answer, "l2")).isEmpty();
        assertThat(answer.gifts()).containsExactly(new PricingAnswer.GiftResult("tea-club-cup", "tasting-cup", 1));
        assertThat(applied(answer)).containsExactly("tea-club-10=16.80", "tea-club-cup=0.00");
        assertThat(answer.applied().get(1).code()).contains("tea-club10");
        assertThat(rejected(answer)).containsExactly("spring-5:EXPIRED", "nope-2026:UNKNOWN_CODE");
        assertThat(answer.rejected().get(1).promotion()).isEmpty();
        assertThat(answer.rejected().get(0).code()).contains("SPRING5");
    }

    @Test
    void givenEarlierPromotion_whenPricingPerUnit_thenUnitPriceIsRemainingOverQuantity_13() {
        PricingAnswer answer = aRequest().at("2026-10-18T11:00:00+08:00")
                .member(aMember("m-olive-5").tier("intermediate").communities("olive-club").paidOrders(4))
                .line("l1", "olive-oil-750ml", "oil", "50.00", 3)
                .line("l2", "balsamic-vinegar", "condiment", "36.00", 2)
                .promotion(aPromotion("club-oil-30").priority(10).categories("oil").amountOff("30.00"))
                .promotion(aPromotion("one-bottle-half").percentOff("50", 1))
                .price();

        assertThat(totals(answer)).containsExactly("222.00", "68.00", "0.00", "0.00", "0.00", "154.00");
        assertThat(allocations(answer, "l1")).containsExactly("club-oil-30=30.00", "one-bottle-half=20.00");
        assertThat(allocations(answer, "l2")).containsExactly("one-bottle-half=18.00");
        assertThat(applied(answer)).containsExactly("club-oil-30=30.00", "one-bottle-half=38.00");
    }

    @Test
    void givenBuyTwoGetOne_whenPricing_thenCheapestPooledUnitsEarlierLineFirst_14() {
        PricingAnswer answer = aRequest().at("2026-06-21T08:30:00+08:00")
                .line("l1", "mango-tainong", "fruit", "12.00", 3)
                .line("l2", "peach-yangshan", "fruit", "6.50", 1)
                .line("l3", "kiwi-red-heart", "fruit", "6.50", 2)
                .promotion(aPromotion("fruit-3-for-2").categories("fruit").buyXGetY(2, 1))
                .price();

        assertThat(totals(answer)).containsExactly("55.50", "13.00", "0.00", "0.00", "0.00", "42.50");
        assertThat(lineDiscounts(answer)).containsExactly("l1=0.00", "l2=6.50", "l3=6.50");
        assertThat(answer.lines().get(1).total().toPlainString()).isEqualTo("0.00");
        assertThat(applied(answer)).containsExactly("fruit-3-for-2=13.00");
    }

    @Test
    void givenRepeatingThreshold_whenPricing_thenOffForEveryFullMultiple_15() {
        PricingAnswer answer = aRequest().at("2026-11-11T00:00:30+08:00")
                .line("l1", "olive-oil-3l-tin", "oil", "268.00", 2)
                .line("l2", "balsamic-vinegar", "condiment", "41.00", 3)
                .promotion(aPromotion("d11-every-200-save-30").spendThresholdRepeat("200.00", "30.00"))
                .price();

        assertThat(totals(answer)).containsExactly("659.00", "90.00", "0.00", "0.00", "0.00", "569.00");
        assertThat(lineDiscounts(answer)).containsExactly("l1=73.20", "l2=16.80");
    }

    @Test
    void givenDepositAboveWhatRemains_whenPricing_thenNoGiveAwayButDepositPaid_16() {
        PricingAnswer answer = aRequest().at("2027-03-28T10:00:00+08:00")
                .member(aMember("m-tea-2").tier("junior").communities("tea-lovers").paidOrders(3))
                .line("l1", "new-season-tasting-set", "tea", "30.00", 1)
                .line("l2", "glass-teapot", "teaware", "100.00", 1)
                .shipping("8.00")
                .codes("PRESALE-3321")
                .promotion(aPromotion("launch-half").priority(10).skus("new-season-tasting-set").percentOff("50"))
                .promotion(aPromotion("tasting-presale").code("PRESALE-3321").skus("new-season-tasting-set")
                        .deposit("20.00", "50.00"))
                .price();

        assertThat(totals(answer)).containsExactly("130.00", "15.00", "8.00", "0.00", "20.00", "103.00");
        assertThat(lineDiscounts(answer)).containsExactly("l1=15.00", "l2=0.00");
        assertThat(applied(answer)).containsExactly("launch-half=15.00", "tasting-presale=0.00");
        assertThat(answer.rejected()).isEmpty();
    }

    @Test
    void givenSharesEachTwoThirdsPastACent_whenAllocating_thenExactTieGoesToEarlierLines_17() {
        PricingAnswer answer = aRequest().at("2026-12-21T17:00:00+08:00")
                .line("l1", "scallions", "vegetable", "2.00", 1)
                .line("l2", "ginger-250g", "vegetable", "3.50", 1)
                .line("l3", "pork-belly-1kg", "meat", "68.90", 1)
                .promotion(aPromotion("hotpot-night-third").amountOff("24.80"))
                .price();

        assertThat(totals(answer)).containsExactly("74.40", "24.80", "0.00", "0.00", "0.00", "49.60");
        assertThat(lineDiscounts(answer)).containsExactly("l1=0.67", "l2=1.17", "l3=22.96");
    }

    @Test
    void givenZeroShares_whenAllocating_thenOnlyPositiveAllocationsListed_18() {
        PricingAnswer answer = aRequest().at("2026-09-09T19:00:00+08:00")
                .line("l1", "oolong-gift-tin", "tea", "99.99", 1)
                .line("l2", "oolong-sample-10g", "tea", "0.00", 2)
                .line("l3", "paper-bag", "packaging", "0.01", 1)
                .promotion(aPromotion("spend-100-save-10").spendThreshold("100.00", "10.00"))
                .price();

        assertThat(totals(answer)).containsExactly("100.00", "10.00", "0.00", "0.00", "0.00", "90.00");
        assertThat(lineDiscounts(answer)).containsExactly("l1=10.00", "l2=0.00", "l3=0.00");
        assertThat(allocations(answer, "l2")).isEmpty();
        assertThat(allocations(answer, "l3")).isEmpty();
    }
}
