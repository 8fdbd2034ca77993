package dev.shequn.domain.promotion;

import static dev.shequn.domain.promotion.PricingFixtures.aPromotion;
import static dev.shequn.domain.promotion.PricingFixtures.aRequest;
import static dev.shequn.domain.promotion.PricingFixtures.applied;
import static dev.shequn.domain.promotion.PricingFixtures.lineDiscounts;
import static dev.shequn.domain.promotion.PricingFixtures.rejected;
import static dev.shequn.domain.promotion.PricingFixtures.totals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.shequn.domain.shared.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Currencies of 0, 2 and 3 minor digits; coupon codes; promotions the cart does not reach. */
class CurrenciesAndCodesTest {

    @Test
    void givenYen_whenPricing_thenWholeYenRoundedHalfUp() {
        PricingAnswer answer = aRequest().currency("JPY")
                .line("l1", "a", "c", "999", 1)
                .promotion(aPromotion("p").percentOff("10"))
                .price();

        assertThat(totals(answer)).containsExactly("999", "100", "0", "0", "0", "899");
    }

    @Test
    void givenYen_whenSplittingAnOddAmount_thenTheEarlierLineGetsTheYen() {
        PricingAnswer answer = aRequest().currency("JPY")
                .line("l1", "a", "c", "5", 1)
                .line("l2", "b", "c", "5", 1)
                .promotion(aPromotion("p").amountOff("3"))
                .price();

        assertThat(lineDiscounts(answer)).containsExactly("l1=2", "l2=1");
    }

    @Test
    void givenKuwaitiDinar_whenPricing_thenThreeDigitsThroughout() {
        PricingAnswer answer = aRequest().currency("KWD")
                .line("l1", "a", "c", "1.234", 1)
                .line("l2", "b", "c", "0.001", 1)
                .shipping("0.500")
                .promotion(aPromotion("p").percentOff("50"))
                .price();

        // 0.617 + 0.0005 = 0.6175, rounded 0.618: the half thousandth goes to l2.
        assertThat(lineDiscounts(answer)).containsExactly("l1=0.617", "l2=0.001");
        assertThat(totals(answer)).containsExactly("1.235", "0.618", "0.500", "0.000", "0.000", "1.117");
    }

    @Test
    void givenPromotionsPreparedInYuan_whenPricingAYenOrder_thenTheirAmountsAreRescaled() {
        List<Promotion> promotions = aRequest().promotion(aPromotion("p").amountOff("10.00")).promotions();
        PromotionSet set = PromotionSet.prepare(promotions);

        PricingAnswer yen = set.price(aRequest().currency("JPY").line("l1", "a", "c", "100", 1).build());
        PricingAnswer yuan = set.price(aRequest().currency("CNY").line("l1", "a", "c", "100", 1).build());

        assertThat(applied(yen)).containsExactly("p=10");
        assertThat(applied(yuan)).containsExactly("p=10.00");
    }

    @Test
    void givenPromotionAmountFinerThanTheOrdersCurrency_whenPricing_thenRefusedAsABug() {
        PromotionSet set = PromotionSet.prepare(aRequest().promotion(aPromotion("p").amountOff("10.50")).promotions());

        assertThatExceptionOfType(ArithmeticException.class)
                .isThrownBy(() -> set.price(aRequest().currency("JPY").line("l1", "a", "c", "100", 1).build()));
    }

    @Test
    void givenAnswer_whenReadingAmounts_thenEveryAmountIsInTheRequestCurrency() {
        PricingAnswer answer = aRequest().currency("KWD").line("l1", "a", "c", "1.000", 1)
                .promotion(aPromotion("p").percentOff("10")).price();

        assertThat(List.of(answer.subtotal(), answer.discountTotal(), answer.shipping(), answer.shippingDiscount(),
                answer.depositPaid(), answer.total(), answer.lines().get(0).total(), answer.applied().get(0).amount()))
                .extracting(Money::currency).containsOnly(answer.currency());
    }

    @Test
    void givenCodeInAnotherCase_whenPresented_thenItMatchesAndIsListedAsDefined() {
        PricingAnswer answer = aRequest().line("l1", "a", "c", "100.00", 1).codes("welcome")
                .promotion(aPromotion("p").code("WeLcOmE").amountOff("5.00"))
                .price();

        assertThat(applied(answer)).containsExactly("p=5.00");
        assertThat(answer.applied().get(0).code()).contains("WeLcOmE");
    }

    @Test
    void givenCodeWithSpaces_whenPresentedTrimmed_thenNotMatched() {
        PricingAnswer answer = aRequest().line("l1", "a", "c", "100.00", 1).codes("SAVE")
                .promotion(aPromotion("p").code(" SAVE").amountOff("5.00"))
                .price();

        assertThat(rejected(answer)).containsExactly("p:CODE_NOT_PRESENTED", "SAVE:UNKNOWN_CODE");
    }

    @Test
    void givenCodeSharedBySeveralPromotions_whenPresentedTwice_thenAllApplyOnce() {
        PricingAnswer answer = aRequest().line("l1", "a", "c", "100.00", 1).codes("DUO", "duo")
                .promotion(aPromotion("p1").code("DUO").amountOff("5.00"))
                .promotion(aPromotion("p2").code("Duo").amountOff("3.00"))
                .price();

        assertThat(applied(answer)).containsExactly("p1=5.00", "p2=3.00");
        assertThat(answer.rejected()).isEmpty();
    }

    @Test
    void givenCodeOfAPromotionRejectedForAnotherReason_whenPresented_thenItIsNotUnknown() {
        PricingAnswer answer = aRequest().line("l1", "a", "c", "100.00", 1).codes("OIL")
                .promotion(aPromotion("p").code("OIL").categories("oil").amountOff("5.00"))
                .price();

        assertThat(rejected(answer)).containsExactly("p:NO_TARGET_LINES");
    }

    @Test
    void givenCharactersWithUnusualCases_whenFolding_thenAgreesWithEqualsIgnoreCase() {
        String[] samples = {"k", "K", "\u212A", "s", "S", "\u017F", "i", "I", "\u0131", "\u0130", "\u00DF", "ss", "\u03C3",
                "\u03C2", "\u03A3", "\u01C5", "\u01C4", "\u01C6", "a", "\u00E9", "\u00C9"};
        for (String a : samples) {
            for (String b : samples) {
                assertThat(PromotionSet.foldCase(a).equals(PromotionSet.foldCase(b)))
                        .as("%s vs %s", a, b).isEqualTo(a.equalsIgnoreCase(b));
            }
        }
    }

    @Test
    void givenPromotionsTheCartCannotReach_whenPricing_thenEachHasItsFirstReasonInRequestOrder() {
        PricingAnswer answer = aRequest().at("2026-11-23T10:00:00+08:00")
                .line("l1", "a", "fruit", "100.00", 1)
                .codes("FAR")
                .promotion(aPromotion("far-expired").categories("far").validUntil("2026-01-01T00:00:00Z").percentOff("10"))
                .promotion(aPromotion("near").categories("fruit").percentOff("10"))
                .promotion(aPromotion("far-coupon").code("NOT-GIVEN").skus("far-sku").percentOff("10"))
                .promotion(aPromotion("near-tier").categories("fruit").tierIn("gold").percentOff("10"))
                .promotion(aPromotion("far-open").code("far").categories("far").percentOff("10"))
                .promotion(aPromotion("far-tier").categories("far").tierIn("gold").percentOff("10"))
                .price();

        assertThat(applied(answer)).containsExactly("near=10.00");
        assertThat(rejected(answer)).containsExactly("far-expired:EXPIRED", "far-coupon:CODE_NOT_PRESENTED",
                "near-tier:TIER_NOT_ELIGIBLE", "far-open:NO_TARGET_LINES", "far-tier:TIER_NOT_ELIGIBLE");
        assertThat(answer.rejected()).hasSize(5);
        assertThat(answer.rejected().get(3).detail()).contains("far");
    }

    @Test
    void givenOneSet_whenPricingTheSameCartTwice_thenTheAnswersAreEqual() {
        PricingFixtures.RequestBuilder request = aRequest().line("l1", "a", "fruit", "100.00", 1).codes("x")
                .promotion(aPromotion("far").categories("far").percentOff("10"))
                .promotion(aPromotion("near").categories("fruit").percentOff("10"));
        PromotionSet set = PromotionSet.prepare(request.promotions());

        PricingAnswer first = set.price(request.build());
        PricingAnswer second = set.price(request.build());

        assertThat(first).isEqualTo(second);
        assertThat(first.rejected()).isEqualTo(List.copyOf(second.rejected()));
    }

    @Test
    void givenDuplicatePromotionIds_whenPreparing_thenRefused() {
        List<Promotion> twice = aRequest().promotion(aPromotion("p").percentOff("10"))
                .promotion(aPromotion("p").percentOff("20")).promotions();

        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> PromotionSet.prepare(twice));
    }
}
