package dev.shequn.domain.promotion;

import static dev.shequn.domain.promotion.CatalogFixtures.NOV_1;
import static dev.shequn.domain.promotion.CatalogFixtures.OLIVE_SHOP;
import static dev.shequn.domain.promotion.CatalogFixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.shequn.domain.promotion.PromotionRejection.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CatalogPromotionTest {

    private final CouponTerms oneEach = CatalogFixtures.sevenDayTerms(OptionalLong.of(100), OptionalLong.of(1),
            RefundPolicy.RESTORE);

    @Test
    void givenNewPromotion_whenCreated_thenDraftWithoutUsage() {
        Promotion definition = new Promotion("spend", Optional.empty(), Optional.empty(), Optional.of(CatalogFixtures.CNY),
                0, Stacking.STACKABLE, Optional.empty(), Optional.empty(), Optional.empty(), java.util.List.of(),
                Target.EVERY_LINE, new Effect.AmountOff(cny("5.00"), Effect.Per.ORDER, OptionalLong.empty()),
                Optional.empty(), Optional.of(new Promotion.Budget(cny("1000.00"), cny("200.00"))),
                Optional.of(new Promotion.Redemptions(10, 3)), OptionalLong.empty());

        CatalogPromotion promotion = CatalogPromotion.create(OLIVE_SHOP, definition, Optional.empty(), NOV_1);

        assertThat(promotion.status()).isEqualTo(PromotionStatus.DRAFT);
        assertThat(promotion.definition().budget()).contains(new Promotion.Budget(cny("1000.00"), cny("0.00")));
        assertThat(promotion.limits().redemptions()).hasValue(10);
        assertThat(CatalogPromotion.initialCounters(definition)).isEqualTo(new PromotionCounters(3, 0, 20000, 0, 0));
    }

    @Test
    void givenCodeWithoutTerms_whenCreating_thenRefusedAsABug() {
        assertThatIllegalArgumentException().isThrownBy(() -> CatalogPromotion.create(OLIVE_SHOP,
                CatalogFixtures.halfPriceCouponDefinition("half"), Optional.empty(), NOV_1));
    }

    @Test
    void givenEndedPromotion_whenActivating_thenTransitionNotAllowed() {
        CatalogPromotion promotion = CatalogFixtures.activeCouponTemplate("half", oneEach);

        assertThat(promotion.moveTo(PromotionStatus.PAUSED, NOV_1).get()).isPresent();
        assertThat(promotion.moveTo(PromotionStatus.PAUSED, NOV_1).get()).isEmpty();
        assertThat(promotion.moveTo(PromotionStatus.ENDED, NOV_1).get().get().from()).isEqualTo(PromotionStatus.PAUSED);
        assertThat(promotion.moveTo(PromotionStatus.ACTIVE, NOV_1).getLeft().reason()).isEqualTo(Reason.TRANSITION_NOT_ALLOWED);
    }

    @Test
    void givenActivePromotion_whenEditing_thenNotEditableUntilPaused() {
        CatalogPromotion promotion = CatalogFixtures.activeCouponTemplate("half", oneEach);
        Promotion definition = CatalogFixtures.halfPriceCouponDefinition("half");

        assertThat(promotion.update(definition, Optional.of(oneEach), NOV_1).getLeft().reason()).isEqualTo(Reason.NOT_EDITABLE);
        promotion.moveTo(PromotionStatus.PAUSED, NOV_1);
        assertThat(promotion.update(definition, Optional.of(oneEach), NOV_1).isRight()).isTrue();
    }

    @Test
    void givenMemberHoldingTheLimit_whenGranting_thenPerMemberLimitReached() {
        CatalogPromotion promotion = CatalogFixtures.activeCouponTemplate("half", oneEach);

        assertThat(promotion.checkGrant(0, NOV_1).get())
                .isEqualTo(new CouponValidity.CouponWindow(NOV_1, NOV_1.plus(Duration.ofDays(7))));
        assertThat(promotion.checkGrant(1, NOV_1).getLeft().reason()).isEqualTo(Reason.PER_MEMBER_LIMIT_REACHED);
    }

    @Test
    void givenDraftOrAutomatic_whenGranting_thenRefusedWithReason() {
        CatalogPromotion draft = CatalogPromotion.create(OLIVE_SHOP, CatalogFixtures.halfPriceCouponDefinition("half"),
                Optional.of(oneEach), NOV_1);
        CatalogPromotion automatic = CatalogPromotion.create(OLIVE_SHOP,
                CatalogFixtures.spendSaveDefinition("spend", "100.00", "10.00", Optional.empty(), OptionalLong.empty()),
                Optional.empty(), NOV_1);

        assertThat(draft.checkGrant(0, NOV_1).getLeft().reason()).isEqualTo(Reason.NOT_ACTIVE);
        assertThat(automatic.checkGrant(0, NOV_1).getLeft().reason()).isEqualTo(Reason.NOT_A_COUPON_TEMPLATE);
    }

    @Test
    void givenAbsoluteValidityOver_whenGranting_thenValidityOver() {
        CouponTerms fixed = new CouponTerms(OptionalLong.empty(), OptionalLong.empty(),
                new CouponValidity.Absolute(Optional.empty(), NOV_1.plusSeconds(60)), RefundPolicy.VOID);
        CatalogPromotion promotion = CatalogFixtures.activeCouponTemplate("half", fixed);

        assertThat(promotion.checkGrant(0, NOV_1).isRight()).isTrue();
        assertThat(promotion.checkGrant(0, NOV_1.plusSeconds(60)).getLeft().reason()).isEqualTo(Reason.VALIDITY_OVER);
    }

    @Test
    void givenMemberCoupon_whenPricing_thenItsCodeAndTheNarrowerWindowAreUsed() {
        CatalogPromotion promotion = CatalogFixtures.activeCouponTemplate("half", oneEach);
        CouponCode code = CouponCode.fromRandom(new byte[] {1, 2, 3, 4, 5, 6});
        Instant grantedAt = NOV_1.plus(Duration.ofHours(5));
        MemberCoupon coupon = MemberCoupon.grant(OLIVE_SHOP, code, "half", "m-1",
                promotion.checkGrant(0, grantedAt).get(), grantedAt);

        Promotion priced = promotion.pricedWithCoupon(new PromotionCounters(0, 0, 0, 0, 1), coupon);

        assertThat(priced.code()).contains(code.value());
        assertThat(priced.validFrom()).contains(grantedAt);
        assertThat(priced.validUntil()).contains(grantedAt.plus(Duration.ofDays(7)));
        assertThat(priced.effect()).isEqualTo(promotion.definition().effect());
    }

    @Test
    void givenBudgetPartlyHeld_whenPricedAutomatically_thenEngineSeesWhatIsLeft() {
        CatalogPromotion promotion = CatalogPromotion.create(OLIVE_SHOP, CatalogFixtures.spendSaveDefinition("spend",
                "100.00", "10.00", Optional.of(cny("1000.00")), OptionalLong.empty()), Optional.empty(), NOV_1);

        Promotion priced = promotion.pricedAutomatically(new PromotionCounters(0, 0, 90000, 5000, 0));

        assertThat(priced.budget().get().remaining()).isEqualTo(cny("50.00"));
    }
}
