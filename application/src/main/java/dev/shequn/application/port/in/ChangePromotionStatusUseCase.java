package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.promotion.PromotionStatus;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Activates, pauses or ends a promotion. Asking for the status it has changes nothing; a move the life cycle
 * does not allow (an ended promotion revived) is refused with {@code TRANSITION_NOT_ALLOWED}.
 */
public interface ChangePromotionStatusUseCase {

    Either<UseCaseError, PromotionView> changeStatus(Command command);

    record Command(@NotNull MerchantId merchantId, @NotBlank @Size(max = 64) String promotionId,
            @NotNull PromotionStatus status) implements SelfValidating {}
}
