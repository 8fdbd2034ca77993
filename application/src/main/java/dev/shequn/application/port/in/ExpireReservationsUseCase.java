package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import io.vavr.control.Either;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

/**
 * Releases what placed orders hold once their hold has run out (by the injected clock): the host or a
 * scheduler calls it, at most {@code limit} orders a call. Each order is released in its own unit of work.
 */
public interface ExpireReservationsUseCase {

    Either<UseCaseError, Result> expireReservations(Command command);

    record Command(@Min(1) @Max(10_000) int limit) implements SelfValidating {}

    record Result(List<String> expiredOrderIds) {
        public Result {
            expiredOrderIds = List.copyOf(expiredOrderIds);
        }
    }
}
