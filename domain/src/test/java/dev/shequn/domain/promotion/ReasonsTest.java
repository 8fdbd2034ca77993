package dev.shequn.domain.promotion;

import static dev.shequn.domain.promotion.PricingFixtures.aMember;
import static dev.shequn.domain.promotion.PricingFixtures.aPromotion;
import static dev.shequn.domain.promotion.PricingFixtures.aRequest;
import static dev.shequn.domain.promotion.PricingFixtures.applied;
import static dev.shequn.domain.promotion.PricingFixtures.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.domain.promotion.PricingFixtures.MemberBuilder;
import dev.shequn.domain.promotion.PricingFixtures.PromotionBuilder;
import org.junit.jupiter.api.Test;

/** Each condition and each reason, and that a promotion gets the first failing reason in the contract's order. */
class ReasonsTest {

    private static final String AT = "2026-11-23T10:00:00+08:00";

    private static MemberBuilder member() {
        return aMember("m-1").tier("junior").tags("vip", "new").communities("olive-club").paidOrders(2);
    }

    /** Prices a 100.00 line of sku s1 in category c1 (and a 20.00 line of s2 in c2) for this promotion. */
    private static PricingAnswer price(MemberBuilder member, PromotionBuilder promotion, String... codes) {
        PricingFixtures.RequestBuilder request = aRequest().at(AT)
                .line("l1", "s1", "c1", "50.00", 2)
                .line("l2", "s2", "c2", "20.00", 1)
                .codes(codes)
                .promotion(promotion);
        if (member != null) {
            request.member(member);
        }
        return request.price();
    }

    private static String reasonOf(PricingAnswer answer) {
        assertThat(answer.rejected()).hasSize(1);
        return answer.rejected().get(0).reason().name();
    }

    @Test
    void givenCouponNotPresentedAndExpired_whenPricing_thenCodeNotPresentedComesFirst() {
        PricingAnswer answer = price(member(), aPromotion("p").code("C1").validUntil("2026-01-01T00:00:00Z").percentOff("10"));
        assertThat(reasonOf(answer)).isEqualTo("CODE_NOT_PRESENTED");
    }

    @Test
    void givenWindowNotYetOpen_whenPricing_thenNotStarted() {
        PricingAnswer answer = price(member(), aPromotion("p").validFrom("2026-11-23T02:00:00.000000001Z").percentOff("10"));
        assertThat(reasonOf(answer)).isEqualTo("NOT_STARTED");
    }

    @Test
    void givenWindowOpeningAtTheSameInstantInAnotherOffset_whenPricing_thenValid() {
        PricingAnswer answer = price(member(), aPromotion("p").validFrom("2026-11-23T02:00:00Z").percentOff("10"));
        assertThat(applied(answer)).containsExactly("p=12.00");
    }

    @Test
    void givenValidUntilIsNow_whenPricing_thenExpired() {
        PricingAnswer answer = price(member(), aPromotion("p").validUntil("2026-11-23T02:00:00Z").percentOff("10"));
        assertThat(reasonOf(answer)).isEqualTo("EXPIRED");
    }

    @Test
    void givenFromAfterUntil_whenPricing_thenNeverValid() {
        assertThat(reasonOf(price(member(), aPromotion("p").validFrom("2026-12-01T00:00:00Z")
                .validUntil("2026-10-01T00:00:00Z").percentOff("10")))).isEqualTo("NOT_STARTED");
        assertThat(reasonOf(price(member(), aPromotion("p").validFrom("2026-11-01T00:00:00Z")
                .validUntil("2026-11-01T00:00:00Z").percentOff("10")))).isEqualTo("EXPIRED");
    }

    @Test
    void givenPromotionInAnotherCurrency_whenPricing_thenCurrencyMismatch() {
        PricingAnswer answer = price(member(), aPromotion("p").currency("USD").amountOff("5.00"));
        assertThat(reasonOf(answer)).isEqualTo("CURRENCY_MISMATCH");
    }

    @Test
    void givenPromotionInTheOrdersCurrency_whenPricing_thenApplies() {
        PricingAnswer answer = price(member(), aPromotion("p").currency("CNY").amountOff("5.00"));
        assertThat(applied(answer)).containsExactly("p=5.00");
    }

    @Test
    void givenTierConditions_whenPricing_thenEmptyListNeverHoldsAndMissingTierFails() {
        assertThat(reasonOf(price(member(), aPromotion("p").tierIn("senior").percentOff("10")))).isEqualTo("TIER_NOT_ELIGIBLE");
        assertThat(reasonOf(price(member(), aPromotion("p").tierIn().percentOff("10")))).isEqualTo("TIER_NOT_ELIGIBLE");
        assertThat(reasonOf(price(aMember("m-2"), aPromotion("p").tierIn("junior").percentOff("10")))).isEqualTo("TIER_NOT_ELIGIBLE");
        assertThat(reasonOf(price(null, aPromotion("p").tierIn("junior").percentOff("10")))).isEqualTo("TIER_NOT_ELIGIBLE");
        assertThat(applied(price(member(), aPromotion("p").tierIn("senior", "junior").percentOff("10")))).hasSize(1);
    }

    @Test
    void givenTagConditions_whenPricing_thenAnyOfEmptyFailsAndAllOfEmptyHolds() {
        assertThat(applied(price(member(), aPromotion("p").hasAnyTag("x", "vip").percentOff("10")))).hasSize(1);
        assertThat(reasonOf(price(member(), aPromotion("p").hasAnyTag().percentOff("10")))).isEqualTo("TAG_NOT_ELIGIBLE");
        assertThat(applied(price(member(), aPromotion("p").hasAllTags().percentOff("10")))).hasSize(1);
        assertThat(applied(price(member(), aPromotion("p").hasAllTags("vip", "new").percentOff("10")))).hasSize(1);
        assertThat(reasonOf(price(member(), aPromotion("p").hasAllTags("vip", "gold").percentOff("10")))).isEqualTo("TAG_NOT_ELIGIBLE");
        assertThat(reasonOf(price(null, aPromotion("p").hasAllTags().percentOff("10")))).isEqualTo("TAG_NOT_ELIGIBLE");
    }

    @Test
    void givenCommunityCondition_whenNotAMember_thenNotACommunityMember() {
        assertThat(reasonOf(price(member(), aPromotion("p").memberOf("tea-lovers").percentOff("10"))))
                .isEqualTo("NOT_A_COMMUNITY_MEMBER");
        assertThat(applied(price(member(), aPromotion("p").memberOf("tea-lovers", "olive-club").percentOff("10")))).hasSize(1);
    }

    @Test
    void givenOrdinalConditions_whenPricingThirdPurchase_thenEqualsAndRangesAreJudged() {
        assertThat(applied(price(member(), aPromotion("p").purchaseOrdinal(3).percentOff("10")))).hasSize(1);
        assertThat(reasonOf(price(member(), aPromotion("p").purchaseOrdinal(2).percentOff("10"))))
                .isEqualTo("PURCHASE_ORDINAL_NOT_MET");
        assertThat(applied(price(member(), aPromotion("p").purchaseOrdinalBetween(3L, 3L).percentOff("10")))).hasSize(1);
        assertThat(applied(price(member(), aPromotion("p").purchaseOrdinalBetween(null, 5L).percentOff("10")))).hasSize(1);
        assertThat(reasonOf(price(member(), aPromotion("p").purchaseOrdinalBetween(4L, null).percentOff("10"))))
                .isEqualTo("PURCHASE_ORDINAL_NOT_MET");
        assertThat(reasonOf(price(member(), aPromotion("p").purchaseOrdinalBetween(5L, 1L).percentOff("10"))))
                .isEqualTo("PURCHASE_ORDINAL_NOT_MET");
        assertThat(applied(price(aMember("m-new"), aPromotion("p").purchaseOrdinal(1).percentOff("10")))).hasSize(1);
    }

    @Test
    void givenSeveralConditionsOfOneType_whenOneFails_thenTheReasonIsThatType() {
        PricingAnswer answer = price(member(), aPromotion("p").memberOf("olive-club").memberOf("tea-lovers").percentOff("10"));
        assertThat(reasonOf(answer)).isEqualTo("NOT_A_COMMUNITY_MEMBER");
    }

    @Test
    void givenFailingConditionsInAnyOrder_whenPricing_thenTheTablesOrderDecides() {
        PricingAnswer answer = price(member(), aPromotion("p").minSubtotal("1000.00").purchaseOrdinal(9).tierIn("gold")
                .hasAnyTag("none").percentOff("10"));
        assertThat(reasonOf(answer)).isEqualTo("TIER_NOT_ELIGIBLE");

        PricingAnswer later = price(member(), aPromotion("p").minSubtotal("1000.00").minQuantity(99).percentOff("10"));
        assertThat(reasonOf(later)).isEqualTo("MIN_QUANTITY_NOT_MET");
    }

    @Test
    void givenPerMemberLimit_whenUsedUp_thenUsageLimitReachedWithDetail() {
        PricingAnswer answer = price(member().used("p", 1), aPromotion("p").perMemberLimit(1).percentOff("10"));
        assertThat(reasonOf(answer)).isEqualTo("USAGE_LIMIT_REACHED");
        assertThat(answer.rejected().get(0).detail()).isEqualTo("member m-1 used it 1 time(s) of 1");

        assertThat(applied(price(member().used("p", 1), aPromotion("p").perMemberLimit(2).percentOff("10")))).hasSize(1);
        assertThat(reasonOf(price(member(), aPromotion("p").perMemberLimit(0).percentOff("10")))).isEqualTo("USAGE_LIMIT_REACHED");
        assertThat(reasonOf(price(null, aPromotion("p").perMemberLimit(5).percentOff("10")))).isEqualTo("USAGE_LIMIT_REACHED");
    }

    @Test
    void givenUsageOfAnotherPromotion_whenPricing_thenDoesNotCount() {
        assertThat(applied(price(member().used("other", 9), aPromotion("p").perMemberLimit(1).percentOff("10")))).hasSize(1);
    }

    @Test
    void givenRedemptionsAndBudgetUsedUp_whenPricing_thenExhausted() {
        assertThat(reasonOf(price(member(), aPromotion("p").redemptions(5, 5).percentOff("10")))).isEqualTo("REDEMPTIONS_EXHAUSTED");
        assertThat(reasonOf(price(member(), aPromotion("p").redemptions(0, 0).percentOff("10")))).isEqualTo("REDEMPTIONS_EXHAUSTED");
        assertThat(applied(price(member(), aPromotion("p").redemptions(5, 4).percentOff("10")))).hasSize(1);
        assertThat(reasonOf(price(member(), aPromotion("p").budget("100.00", "100.00").percentOff("10")))).isEqualTo("BUDGET_EXHAUSTED");
        assertThat(reasonOf(price(member(), aPromotion("p").budget("100.00", "120.00").gift("cup", 1)))).isEqualTo("BUDGET_EXHAUSTED");
        assertThat(reasonOf(price(member(), aPromotion("p").redemptions(1, 1).budget("1.00", "1.00").percentOff("10"))))
                .isEqualTo("REDEMPTIONS_EXHAUSTED");
    }

    @Test
    void givenBudgetLeftForAGift_whenPricing_thenTheGiftApplies() {
        assertThat(applied(price(member(), aPromotion("p").budget("100.00", "99.99").gift("cup", 1)))).containsExactly("p=0.00");
    }

    @Test
    void givenTargets_whenPricing_thenExcludesWinAndEmptyListsMeanEveryLine() {
        assertThat(reasonOf(price(member(), aPromotion("p").skus("s1").excludeCategories("c1").percentOff("10"))))
                .isEqualTo("NO_TARGET_LINES");
        assertThat(applied(price(member(), aPromotion("p").excludeSkus("s2").percentOff("10")))).containsExactly("p=10.00");
        assertThat(applied(price(member(), aPromotion("p").skus("nothing").categories("c2").percentOff("10"))))
                .containsExactly("p=2.00");
    }

    @Test
    void givenLineWithoutCategory_whenTargetingCategories_thenNeverMatchedNorExcluded() {
        PricingAnswer answer = aRequest().at(AT)
                .line("l1", "s1", null, "50.00", 1)
                .line("l2", null, "c2", "20.00", 1)
                .promotion(aPromotion("by-category").categories("c1", "c2").percentOff("10"))
                .promotion(aPromotion("all-but-c1").excludeCategories("c1").percentOff("10"))
                .price();

        assertThat(PricingFixtures.allocations(answer, "l1")).containsExactly("all-but-c1=5.00");
        assertThat(PricingFixtures.allocations(answer, "l2")).containsExactly("by-category=2.00", "all-but-c1=1.80");
    }

    @Test
    void givenMinimums_whenPricing_thenUndiscountedLinesAndTargetScopeAreCounted() {
        assertThat(reasonOf(price(member(), aPromotion("p").minQuantity(4).percentOff("10")))).isEqualTo("MIN_QUANTITY_NOT_MET");
        assertThat(applied(price(member(), aPromotion("p").minQuantity(3).percentOff("10")))).hasSize(1);
        assertThat(reasonOf(price(member(), aPromotion("p").categories("c2").minQuantityOfTarget(2).percentOff("10"))))
                .isEqualTo("MIN_QUANTITY_NOT_MET");
        assertThat(applied(price(member(), aPromotion("p").minSubtotal("120.00").percentOff("10")))).hasSize(1);
        assertThat(reasonOf(price(member(), aPromotion("p").categories("c2").minSubtotalOfTarget("120.00").percentOff("10"))))
                .isEqualTo("MIN_SUBTOTAL_NOT_MET");
    }

    @Test
    void givenMinSubtotalNotMet_whenPricing_thenDetailSaysHowMuchMore() {
        PricingAnswer answer = price(member(), aPromotion("p").minSubtotal("132.00").amountOff("20.00"));
        assertThat(reasonOf(answer)).isEqualTo("MIN_SUBTOTAL_NOT_MET");
        assertThat(answer.rejected().get(0).detail()).startsWith("spend 12.00 more");
    }

    @Test
    void givenMinSubtotal_whenAnEarlierPromotionDiscounts_thenStillCountsTheUndiscountedOrder() {
        PricingAnswer answer = aRequest().at(AT)
                .line("l1", "s1", "c1", "100.00", 1)
                .promotion(aPromotion("first").priority(5).percentOff("50"))
                .promotion(aPromotion("min-100").minSubtotal("100.00").amountOff("10.00"))
                .price();

        assertThat(applied(answer)).containsExactly("first=50.00", "min-100=10.00");
    }

    @Test
    void givenMaxDiscountZero_whenPricing_thenNothingToDiscount() {
        assertThat(reasonOf(price(member(), aPromotion("p").maxDiscount("0").percentOff("10")))).isEqualTo("NOTHING_TO_DISCOUNT");
    }

    @Test
    void givenPercentTooSmallToRound_whenPricing_thenNothingToDiscount() {
        PricingAnswer answer = aRequest().line("l1", "s1", "c1", "0.04", 1)
                .promotion(aPromotion("p").percentOff("10"))
                .price();
        assertThat(rejected(answer)).containsExactly("p:NOTHING_TO_DISCOUNT");
    }
}
