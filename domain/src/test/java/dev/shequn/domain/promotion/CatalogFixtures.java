package dev.shequn.domain.promotion;

import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Catalogue promotions that say what they are for, shared with the application's tests through the test-jar. */
public final class CatalogFixtures {

    public static final Currency CNY = Currency.getInstance("CNY");
    public static final MerchantId OLIVE_SHOP = new MerchantId("olive-shop");
    public static final Instant NOV_1 = Instant.parse("2026-11-01T02:00:00Z");

    private CatalogFixtures() {}

    public static Money cny(String amount) {
        return Money.of(amount, CNY);
    }

    /** 5折: half price on everything, as a member coupon template. */
    public static Promotion halfPriceCouponDefinition(String id) {
        return new Promotion(id, Optional.of("Welcome back, half price"), Optional.of("WELCOME50"), Optional.of(CNY), 10,
                Stacking.STACKABLE, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Target.EVERY_LINE,
                new Effect.PercentOff(new BigDecimal("50"), OptionalLong.empty()), Optional.empty(), Optional.empty(),
                Optional.empty(), OptionalLong.empty());
    }

    public static CouponTerms sevenDayTerms(OptionalLong quantity, OptionalLong perMember, RefundPolicy policy) {
        return new CouponTerms(quantity, perMember, new CouponValidity.RelativeDays(7), policy);
    }

    /** 满减: spend {@code spend}, save {@code off}, with a budget and no other limit. */
    public static Promotion spendSaveDefinition(String id, String spend, String off, Optional<Money> budget,
            OptionalLong redemptions) {
        return new Promotion(id, Optional.of("Spend " + spend + " save " + off), Optional.empty(), Optional.of(CNY), 0,
                Stacking.STACKABLE, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Target.EVERY_LINE,
                new Effect.SpendThreshold(List.of(new Effect.Step(cny(spend), cny(off))), false), Optional.empty(),
                budget.map(limit -> new Promotion.Budget(limit, cny("0"))),
                redemptions.isPresent() ? Optional.of(new Promotion.Redemptions(redemptions.getAsLong(), 0)) : Optional.empty(),
                OptionalLong.empty());
    }

    public static CatalogPromotion activeCouponTemplate(String id, CouponTerms terms) {
        CatalogPromotion promotion = CatalogPromotion.create(OLIVE_SHOP, halfPriceCouponDefinition(id), Optional.of(terms), NOV_1);
        promotion.moveTo(PromotionStatus.ACTIVE, NOV_1);
        return promotion;
    }
}
