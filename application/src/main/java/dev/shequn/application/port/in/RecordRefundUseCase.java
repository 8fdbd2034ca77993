package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Part or all of a member's recent paid order was refunded: metrics, tags and tier follow. Refused with
 * {@code ORDER_NOT_FOUND} or {@code REFUND_EXCEEDS_ORDER}.
 */
public interface RecordRefundUseCase {

    Either<UseCaseError, MemberView> recordRefund(Command command);

    record Command(
            @NotNull MerchantId merchantId,
            @NotNull MemberId memberId,
            @NotBlank @Size(max = 100) String orderId,
            @NotNull Money amount) implements SelfValidating {

        @AssertTrue(message = "amount must be positive")
        public boolean isAmountPositive() {
            return amount == null || amount.isPositive();
        }
    }
}
