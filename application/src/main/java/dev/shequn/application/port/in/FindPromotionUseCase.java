package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** One catalogue promotion with what it has spent; {@code NotFound} when the merchant has none by that id. */
public interface FindPromotionUseCase {

    Either<UseCaseError, PromotionView> findPromotion(Query query);

    record Query(@NotNull MerchantId merchantId, @NotBlank @Size(max = 64) String promotionId) implements SelfValidating {}
}
