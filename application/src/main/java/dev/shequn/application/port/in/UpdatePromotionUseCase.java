package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.promotion.CouponTerms;
import dev.shequn.domain.promotion.Promotion;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotNull;

/**
 * Replaces a promotion's definition and terms while it is in draft or paused ({@code NOT_EDITABLE} otherwise).
 * What it has spent stays; new limits apply from now on.
 */
public interface UpdatePromotionUseCase {

    Either<UseCaseError, PromotionView> updatePromotion(Command command);

    record Command(@NotNull MerchantId merchantId, @NotNull Promotion definition, CouponTerms couponTerms)
            implements SelfValidating, PromotionDefinitionRules {}
}
