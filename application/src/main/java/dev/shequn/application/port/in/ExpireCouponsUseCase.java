package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import io.vavr.control.Either;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;

/**
 * Marks available coupons whose window has passed (by the injected clock) as expired, with a
 * {@code CouponExpired} event each, so that the outbox tells hosts what members can no longer use. Reads never
 * wait for it: an unused coupon past its window already reads expired. At most {@code limit} a call.
 */
public interface ExpireCouponsUseCase {

    Either<UseCaseError, Result> expireCoupons(Command command);

    record Command(@Min(1) @Max(10_000) int limit) implements SelfValidating {}

    record Result(List<String> expiredCodes) {
        public Result {
            expiredCodes = List.copyOf(expiredCodes);
        }
    }
}
