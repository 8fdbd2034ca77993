package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.order.OrderId;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotNull;

/**
 * The host's order was paid: its promotions and coupons are redeemed and the member's metrics, tags and tier
 * follow. Refused with {@code NOT_FOUND} before it was placed, {@code CANCELLED}, or {@code RESERVATION_EXPIRED}
 * after its hold; a repeat answers the paid order.
 */
public interface PayOrderUseCase {

    Either<UseCaseError, OrderView> payOrder(Command command);

    record Command(@NotNull MerchantId merchantId, @NotNull OrderId orderId) implements SelfValidating {}
}
