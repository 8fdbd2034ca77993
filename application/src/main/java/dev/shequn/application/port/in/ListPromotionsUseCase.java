package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The merchant's promotion catalogue in every status, ordered by id, each with what it has spent. */
public interface ListPromotionsUseCase {

    Either<UseCaseError, List<PromotionView>> listPromotions(Query query);

    record Query(@NotNull MerchantId merchantId) implements SelfValidating {}
}
