package dev.shequn.domain.promotion;

import static dev.shequn.domain.promotion.PricingFixtures.aPromotion;
import static dev.shequn.domain.promotion.PricingFixtures.aRequest;
import static dev.shequn.domain.promotion.PricingFixtures.applied;
import static dev.shequn.domain.promotion.PricingFixtures.lineDiscounts;
import static dev.shequn.domain.promotion.PricingFixtures.rejected;
import static dev.shequn.domain.promotion.PricingFixtures.totals;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The eight effects, each on amounts worked out by hand. */
class EffectsTest {

    @Nested
    class PercentOff {
        @Test
        void givenDecimalPercent_whenPricing_thenExactSumRoundedOnceAndRemaindersGetTheCents() {
            // 12.5% of 29.97 is 3.74625 and of 0.07 is 0.00875: together exactly 3.755, rounded 3.76.
            PricingAnswer answer = aRequest()
                    .line("l1", "a", "c", "9.99", 3)
                    .line("l2", "b", "c", "0.07", 1)
                    .promotion(aPromotion("p").percentOff("12.5"))
                    .price();

            assertThat(lineDiscounts(answer)).containsExactly("l1=3.75", "l2=0.01");
            assertThat(applied(answer)).containsExactly("p=3.76");
        }

        @Test
        void givenMaxQuantity_whenPricing_thenOnlyThatManyUnitsOfEachLine() {
            PricingAnswer answer = aRequest()
                    .line("l1", "a", "c", "10.00", 5)
                    .line("l2", "b", "c", "4.00", 1)
                    .promotion(aPromotion("p").percentOff("50", 2))
                    .price();

            assertThat(lineDiscounts(answer)).containsExactly("l1=10.00", "l2=2.00");
        }

        @Test
        void givenHundredPercent_whenPricing_thenLinesAreFreeAndNeverBelowZero() {
            PricingAnswer answer = aRequest()
                    .line("l1", "a", "c", "10.00", 1)
                    .promotion(aPromotion("p").percentOff("100"))
                    .promotion(aPromotion("q").amountOff("5.00"))
                    .price();

            assertThat(totals(answer)).containsExactly("10.00", "10.00", "0.00", "0.00", "0.00", "0.00");
            assertThat(rejected(answer)).containsExactly("q:NOTHING_TO_DISCOUNT");
        }

        @Test
        void givenPercentWithManyDecimals_whenPricing_thenStillExact() {
            // 33.333333333333333333333% of 300.00 is 99.999999999999999999999, rounded 100.00.
            PricingAnswer answer = aRequest()
                    .line("l1", "a", "c", "300.00", 1)
                    .promotion(aPromotion("p").percentOff("33.333333333333333333333"))
                    .price();

            assertThat(applied(answer)).containsExactly("p=100.00");
        }
    }

    @Nested
    class AmountOff {
        @Test
        void givenOrderAmountAboveWhatIsLeft_whenPricing_thenTakesOnlyWhatRemains() {
            PricingAnswer answer = aRequest()
                    .line("l1", "a", "c", "80.00", 1)
                    .line("l2", "b", "c", "40.00", 1)
                    .promotion(aPromotion("p").amountOff("500.00"))
                    .price();

            assertThat(lineDiscounts(answer)).containsExactly("l1=80.00", "l2=40.00");
            assertThat(answer.total().toPlainString()).isEqualTo("0.00");
        }

        @Test
        void givenPerUnit_whenUnitIsCheaperThanTheAmount_thenTakesTheUnitPrice() {
            PricingAnswer answer = aRequest()
                    .line("l1", "a", "c", "2.00", 4)
                    .line("l2", "b", "c", "10.00", 2)
                    .promotion(aPromotion("p").amountOffPerUnit("3.00"))
                    .price();

            assertThat(lineDiscounts(answer)).containsExactly("l1=8.00", "l2=6.00");
        }

        @Test
        void givenPerUnitWithMaxQuantity_whenPricing_thenCountsPerLine() {
            PricingAnswer answer = aRequest()
                    .line("l1", "a", "c", "2.00", 4)
                    .line("l2", "b", "c", "10.00", 2)
                    .promotion(aPromotion("p").amountOffPerUnit("3.00", 1))
                    .price();

            assertThat(lineDiscounts(answer)).containsExactly("l1=2.00", "l2=3.00");
        }

        @Test
        void givenPerLine_whenPricing_thenOncePerTargetedLineCappedAtTheLine() {
            PricingAnswer answer = aRequest()
                    .line("l1", "a", "c", "3.00", 1)
                    .line("l2", "b", "c", "20.00", 2)
                    .line("l3", "x", "other", "20.00", 2)
                    .promotion(aPromotion("p").categories("c").amountOffPerLine("5.00"))
                    .price();

            assertThat(lineDiscounts(answer)).containsExactly("l1=3.00", "l2=5.00", "l3=0.00");
        }
    }

    @Nested
    class SpendThreshold {
        @Test
        void givenTwoStepsWithTheSameSpend_whenReached_thenTheLargerOff() {
            PricingAnswer answer = aRequest()
                    .line("l1", "a", "c", "150.00", 1)
                    .promotion(aPromotion("p").spendThreshold("100.00", "10.00", "100.00", "15.00", "200.00", "30.00"))
                    .price();

            assertThat(applied(answer)).containsExactly("p=15.00");
        }

        @Test
        void givenStepOfSpendZero_whenPricingAnySmallOrder_thenAppliesCappedAtWhatRemains() {
            PricingAnswer answer = aRequest()
                    .line("l1", "a", "c", "1.00", 1)
                    .promotion(aPromotion("p").spendThreshold("0", "5.00"))
                    .price();

            assertThat(applied(answer)).containsExactly("p=1.00");
        }

        @Test
        void givenBelowLowestStep_whenPricing_thenNothingToDiscountSayingHowFarOff() {
            PricingAnswer answer = aRequest()
                    .line("l1", "a", "c", "88.00", 1)
                    .promotion(aPromotion("p").spendThreshold("100.00", "20.00"))
                    .price();

            assertThat(rejected(answer)).containsExactly("p:NOTHING_TO_DISCOUNT");
            assertThat(answer.rejected().get(0).detail()).contains("spend 12.00 more").contains("20.00 off");
        }

        @Test
        void givenTargetedThreshold_whenOtherLinesAreBig_thenOnlyTargetCounts() {
            PricingAnswer answer = aRequest()
                    .line("l1", "a", "oil", "60.00", 1)
                    .line("l2", "b", "tea", "500.00", 1)
                    .promotion(aPromotion("p").categories("oil").spendThreshold("100.00", "20.00"))
                    .price();

            assertThat(rejected(answer)).containsExactly("p:NOTHING_TO_DISCOUNT");
        }
    }

    @Nested
    class BuyXGetY {
        @Test
        void givenBuyOneGetOneHalf_whenPricing_thenCheapestUnitHalfOff() {
            PricingAnswer answer = aRequest()
                    .line("l1", "a", "c", "10.00", 1)
                    .line("l2", "b", "c", "4.00", 1)
                    .line("l3", "d", "c", "6.00", 1)
                    .promotion(aPromotion("p").buyXGetY(1, 1, "50"))
                    .price();

            assertThat(lineDiscounts(answer)).containsExactly("l1=0.00", "l2=2.00", "l3=0.00");
        }

        @Test
        void givenTooFewUnits_whenPricing_thenNothingToDiscount() {
            PricingAnswer answer = aRequest()
                    .line("l1", "a", "c", "10.00", 2)
                    .promotion(aPromotion("p").buyXGetY(2, 1))
                    .price();

            assertThat(rejected(answer)).containsExactly("p:NOTHING_TO_DISCOUNT");
            assertThat(answer.rejected().get(0).detail()).contains("1 more unit");
        }

        @Test
        void givenZeroPricedUnits_whenPricing_thenTheyAreTheCheapestAndCount() {
            PricingAnswer answer = aRequest()
                    .line("l1", "a", "c", "10.00", 2)
                    .line("l2", "b", "c", "0.00", 1)
                    .line("l3", "d", "c", "3.00", 3)
                    .promotion(aPromotion("p").buyXGetY(2, 1))
                    .price();

            // 6 units: 2 free, the 0.00 one and one at 3.00.
            assertThat(lineDiscounts(answer)).containsExactly("l1=0.00", "l2=0.00", "l3=3.00");
        }
    }

    @Nested
    class FixedPrice {
        @Test
        void givenFlashPrice_whenPricing_thenDearerUnitsCostItAndCheaperAreLeftAlone() {
            PricingAnswer answer = aRequest()
                    .line("l1", "a", "c", "12.00", 2)
                    .line("l2", "b", "c", "8.00", 1)
                    .promotion(aPromotion("p").fixedPrice("9.90"))
                    .price();

            assertThat(lineDiscounts(answer)).containsExactly("l1=4.20", "l2=0.00");
        }
    }

    @Nested
    class Gift {
        @Test
        void givenGift_whenPricing_thenListedWithQuantityAndZeroAmount() {
            PricingAnswer answer = aRequest()
                    .line("l1", "a", "c", "12.00", 2)
                    .promotion(aPromotion("g").gift("cup", 2))
                    .price();

            assertThat(answer.gifts()).containsExactly(new PricingAnswer.GiftResult("g", "cup", 2));
            assertThat(applied(answer)).containsExactly("g=0.00");
            assertThat(answer.discountTotal().isZero()).isTrue();
        }

        @Test
        void givenGiftForAnotherProduct_whenPricing_thenNoTargetLines() {
            PricingAnswer answer = aRequest()
                    .line("l1", "a", "c", "12.00", 2)
                    .promotion(aPromotion("g").skus("oil").gift("cup", 1))
                    .price();

            assertThat(rejected(answer)).containsExactly("g:NO_TARGET_LINES");
            assertThat(answer.gifts()).isEmpty();
        }
    }

    @Nested
    class DepositCredit {
        @Test
        void givenCreditEqualToDeposit_whenPricing_thenAppliesWithZeroAndBringsDepositPaid() {
            PricingAnswer answer = aRequest()
                    .line("l1", "a", "c", "100.00", 1)
                    .promotion(aPromotion("d").deposit("20.00", "20.00"))
                    .price();

            assertThat(applied(answer)).containsExactly("d=0.00");
            assertThat(totals(answer)).containsExactly("100.00", "0.00", "0.00", "0.00", "20.00", "80.00");
        }

        @Test
        void givenDepositAboveAllThatIsDue_whenPricing_thenDepositPaidIsCutSoTotalIsZero() {
            PricingAnswer answer = aRequest()
                    .line("l1", "a", "c", "10.00", 1)
                    .shipping("5.00")
                    .promotion(aPromotion("d").deposit("50.00", "60.00"))
                    .price();

            assertThat(totals(answer)).containsExactly("10.00", "0.00", "5.00", "0.00", "15.00", "0.00");
        }

        @Test
        void givenDepositWindowPassed_whenPricing_thenForfeitedAndNothingCounts() {
            PricingAnswer answer = aRequest().at("2026-11-23T10:00:00+08:00")
                    .line("l1", "a", "c", "100.00", 1)
                    .promotion(aPromotion("d").validUntil("2026-11-01T00:00:00+08:00").deposit("20.00", "50.00"))
                    .price();

            assertThat(rejected(answer)).containsExactly("d:EXPIRED");
            assertThat(answer.depositPaid().isZero()).isTrue();
            assertThat(answer.total().toPlainString()).isEqualTo("100.00");
        }

        @Test
        void givenZeroDepositAndZeroGiveAway_whenPricing_thenNothingToDiscount() {
            PricingAnswer answer = aRequest()
                    .line("l1", "a", "c", "100.00", 1)
                    .promotion(aPromotion("d").deposit("0", "0"))
                    .price();

            assertThat(rejected(answer)).containsExactly("d:NOTHING_TO_DISCOUNT");
        }

        @Test
        void givenMaxDiscount_whenPricingDeposit_thenCapsTheGiveAwayNotTheDeposit() {
            PricingAnswer answer = aRequest()
                    .line("l1", "a", "c", "100.00", 1)
                    .promotion(aPromotion("d").deposit("20.00", "50.00").maxDiscount("10.00"))
                    .price();

            assertThat(applied(answer)).containsExactly("d=10.00");
            assertThat(answer.depositPaid().toPlainString()).isEqualTo("20.00");
            assertThat(answer.total().toPlainString()).isEqualTo("70.00");
        }
    }

    @Nested
    class ShippingOff {
        @Test
        void givenPercent_whenPricing_thenRoundedOnceHalfUpAndOutsideDiscountTotal() {
            PricingAnswer answer = aRequest()
                    .line("l1", "a", "c", "20.00", 1)
                    .shipping("0.15")
                    .promotion(aPromotion("s").shippingOffPercent("50"))
                    .price();

            assertThat(totals(answer)).containsExactly("20.00", "0.00", "0.15", "0.08", "0.00", "20.07");
            assertThat(applied(answer)).containsExactly("s=0.08");
        }

        @Test
        void givenTwoShippingOffs_whenPricing_thenSecondTakesWhatShippingStillCosts() {
            PricingAnswer answer = aRequest()
                    .line("l1", "a", "c", "20.00", 1)
                    .shipping("10.00")
                    .promotion(aPromotion("s1").priority(1).shippingOff("6.00"))
                    .promotion(aPromotion("s2").shippingOff("6.00"))
                    .price();

            assertThat(applied(answer)).containsExactly("s1=6.00", "s2=4.00");
            assertThat(answer.total().toPlainString()).isEqualTo("20.00");
        }

        @Test
        void givenNoShipping_whenPricing_thenNothingToDiscount() {
            PricingAnswer answer = aRequest()
                    .line("l1", "a", "c", "20.00", 1)
                    .promotion(aPromotion("s").shippingOff("6.00"))
                    .price();

            assertThat(rejected(answer)).containsExactly("s:NOTHING_TO_DISCOUNT");
            assertThat(answer.rejected().get(0).detail()).contains("no shipping");
        }

        @Test
        void givenTargetNotInCart_whenPricing_thenNoTargetLines() {
            PricingAnswer answer = aRequest()
                    .line("l1", "a", "c", "20.00", 1)
                    .shipping("8.00")
                    .promotion(aPromotion("s").categories("oil").shippingOff("8.00"))
                    .price();

            assertThat(rejected(answer)).containsExactly("s:NO_TARGET_LINES");
        }
    }
}
