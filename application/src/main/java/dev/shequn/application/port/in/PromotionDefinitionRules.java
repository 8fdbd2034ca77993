package dev.shequn.application.port.in;

import dev.shequn.domain.promotion.CouponTerms;
import dev.shequn.domain.promotion.Promotion;
import jakarta.validation.constraints.AssertTrue;

/** The checks a catalogue definition must pass before the domain sees it, shared by create and update. */
interface PromotionDefinitionRules {

    Promotion definition();

    CouponTerms couponTerms();

    @AssertTrue(message = "a definition with a code is a coupon template and needs coupon terms; one without has none")
    default boolean isCouponTermsConsistent() {
        return definition() == null || definition().code().isPresent() == (couponTerms() != null);
    }

    @AssertTrue(message = "a promotion with a budget must name the budget's currency")
    default boolean isBudgetCurrencyNamed() {
        return definition() == null || definition().budget().isEmpty()
                || definition().currency().map(c -> c.equals(definition().budget().get().limit().currency())).orElse(false);
    }

    @AssertTrue(message = "id must be 1 to 64 characters")
    default boolean isIdValid() {
        return definition() == null || (!definition().id().isBlank() && definition().id().length() <= 64);
    }

    @AssertTrue(message = "limits must not be negative")
    default boolean isLimitsValid() {
        return definition() == null || definition().budget().map(b -> !b.limit().isNegative()).orElse(true);
    }
}
