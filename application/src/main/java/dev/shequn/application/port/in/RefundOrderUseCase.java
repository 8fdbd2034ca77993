package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.order.OrderId;
import dev.shequn.domain.order.Refund;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * The host refunded its paid order, in full ({@code units} null) or some units of some lines. Each promotion gets
 * its budget back in proportion, the member's metrics are reversed in proportion; the refund that completes the
 * order also gives back the redemptions, restores or voids the coupons by their template's refund policy, and
 * takes the order out of the member's purchase count. Idempotent by {@code refundId}.
 */
public interface RefundOrderUseCase {

    Either<UseCaseError, Refunded> refundOrder(Command command);

    record Command(@NotNull MerchantId merchantId, @NotNull OrderId orderId,
            @NotBlank @Size(max = 100) String refundId, Map<@NotBlank String, @NotNull Long> units)
            implements SelfValidating {

        @AssertTrue(message = "units must name at least one line, each with at least 1 unit")
        public boolean isUnitsValid() {
            return units == null || (!units.isEmpty() && units.values().stream().allMatch(u -> u != null && u >= 1));
        }
    }

    record Refunded(OrderView order, Refund refund) {}
}
