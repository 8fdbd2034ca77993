package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.order.Cart;
import dev.shequn.domain.order.OrderId;
import dev.shequn.domain.promotion.PricingAnswer;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotNull;

/**
 * Prices a cart with the merchant's active promotions, the member's context (tier, tags, communities, paid
 * orders, usage) and the coupon codes presented. Nothing is reserved or written. With the {@code orderId} of
 * an order already placed, the coupons that order holds count as presentable.
 */
public interface QuoteOrderUseCase {

    Either<UseCaseError, PricingAnswer> quote(Command command);

    record Command(@NotNull MerchantId merchantId, OrderId orderId, @NotNull Cart cart) implements SelfValidating {}
}
