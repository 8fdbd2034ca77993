package dev.shequn.application.port.in;

import dev.shequn.domain.promotion.CouponTerms;
import dev.shequn.domain.promotion.Promotion;

/** The checks a catalogue definition must pass before the domain sees it, shared by create and update. */
final class PromotionDefinitionChecks {

    private PromotionDefinitionChecks() {}

    static boolean couponTermsConsistent(Promotion definition, CouponTerms couponTerms) {
        return definition == null || definition.code().isPresent() == (couponTerms != null);
    }

    static boolean budgetCurrencyNamed(Promotion definition) {
        return definition == null || definition.budget().isEmpty()
                || definition.currency().map(c -> c.equals(definition.budget().get().limit().currency())).orElse(false);
    }

    static boolean idValid(Promotion definition) {
        return definition == null || (!definition.id().isBlank() && definition.id().length() <= 64);
    }

    static boolean limitsValid(Promotion definition) {
        return definition == null || (definition.budget().map(b -> !b.limit().isNegative()).orElse(true)
                && definition.perMemberLimit().orElse(0) >= 0);
    }
}
