package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.promotion.CouponTerms;
import dev.shequn.domain.promotion.Promotion;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/**
 * Adds a promotion to the merchant's catalogue, in draft. A definition with a {@code code} is a coupon
 * template and needs {@code couponTerms}; one without is automatic and has none. Refused with
 * {@code ALREADY_EXISTS} when the id is taken.
 */
public interface CreatePromotionUseCase {

    Either<UseCaseError, PromotionView> createPromotion(Command command);

    record Command(@NotNull MerchantId merchantId, @NotNull Promotion definition, CouponTerms couponTerms)
            implements SelfValidating {

        @AssertTrue(message = "a definition with a code is a coupon template and needs coupon terms; one without has none")
        public boolean isCouponTermsConsistent() {
            return PromotionDefinitionChecks.couponTermsConsistent(definition, couponTerms);
        }

        @AssertTrue(message = "a promotion with a budget must name the budget's currency")
        public boolean isBudgetCurrencyNamed() {
            return PromotionDefinitionChecks.budgetCurrencyNamed(definition);
        }

        @AssertTrue(message = "id must be 1 to 64 characters")
        public boolean isIdValid() {
            return PromotionDefinitionChecks.idValid(definition);
        }

        @AssertTrue(message = "limits must not be negative")
        public boolean isLimitsValid() {
            return PromotionDefinitionChecks.limitsValid(definition);
        }
    }
}
