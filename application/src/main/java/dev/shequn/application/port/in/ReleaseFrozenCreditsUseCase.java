package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import io.vavr.control.Either;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;

/**
 * Makes available the frozen credit whose refund window has closed by the clock's now, at most {@code limit}
 * accruals per call (a scheduler calls it until it answers fewer than the limit).
 */
public interface ReleaseFrozenCreditsUseCase {

    Either<UseCaseError, Result> releaseFrozenCredits(Command command);

    record Command(@Positive @Max(10_000) int limit) implements SelfValidating {}

    record Result(int released) {}
}
