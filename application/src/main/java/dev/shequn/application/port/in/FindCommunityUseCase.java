package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotNull;

/** One community of the merchant; {@code NotFound} when it has none by that id. */
public interface FindCommunityUseCase {

    Either<UseCaseError, CommunityView> findCommunity(Query query);

    record Query(@NotNull MerchantId merchantId, @NotNull CommunityId communityId) implements SelfValidating {}
}
