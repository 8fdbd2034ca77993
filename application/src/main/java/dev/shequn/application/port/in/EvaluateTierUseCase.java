package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * Re-evaluates one member's tier (and automatic tags) now: time alone moves a member, as rolling windows close
 * and grace periods run out. {@code changed} says whether the tier moved.
 */
public interface EvaluateTierUseCase {

    Either<UseCaseError, Result> evaluateTier(Command command);

    record Command(@NotNull MerchantId merchantId, @NotNull MemberId memberId) implements SelfValidating {}

    record Result(MemberId memberId, Optional<String> tier, boolean changed) {}
}
