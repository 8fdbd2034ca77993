package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.order.OrderId;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotNull;

/** The host cancelled its order before payment: everything reserved is released. A paid order is refused with {@code ALREADY_PAID}. */
public interface CancelOrderUseCase {

    Either<UseCaseError, OrderView> cancelOrder(Command command);

    record Command(@NotNull MerchantId merchantId, @NotNull OrderId orderId) implements SelfValidating {}
}
