package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Re-evaluates every member of a merchant, {@code batchSize} members read at a time and each member in its own
 * unit of work, so memory stays bounded and one busy member does not hold up the rest. A member who kept
 * changing under every retry is counted in {@code skipped} and is evaluated at the next run.
 */
public interface EvaluateAllTiersUseCase {

    Either<UseCaseError, Result> evaluateAllTiers(Command command);

    record Command(@NotNull MerchantId merchantId, @Min(1) @Max(10_000) int batchSize) implements SelfValidating {}

    record Result(long evaluated, long changed, long skipped) {}
}
