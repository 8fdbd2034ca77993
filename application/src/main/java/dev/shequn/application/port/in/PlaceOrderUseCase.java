package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.order.Cart;
import dev.shequn.domain.order.OrderId;
import dev.shequn.domain.promotion.PricingAnswer;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/**
 * Quotes the cart and reserves, in one unit of work, every applied promotion's redemption and budget and every
 * coupon used; the order holds them until paid, cancelled or its hold (default 30 minutes) runs out. The same
 * order id placed again with the same cart answers the order as placed; with another cart it is refused with
 * {@code CONFLICTING_REPEAT}.
 */
public interface PlaceOrderUseCase {

    Either<UseCaseError, Placed> placeOrder(Command command);

    record Command(@NotNull MerchantId merchantId, @NotNull OrderId orderId, @NotNull Cart cart)
            implements SelfValidating {}

    /**
     * The order, and the engine's full answer when this call placed it; a repeat has only the order (the answer
     * is not kept, the order's lines and promotions are).
     */
    record Placed(OrderView order, Optional<PricingAnswer> answer) {}
}
