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
import java.time.Instant;
import java.util.Set;

/**
 * A member paid an order: metrics, automatic tags and the tier follow at once. Reporting the same order id
 * again changes nothing. Without {@code paidAt}, the order is paid now.
 */
public interface RecordPaidOrderUseCase {

    Either<UseCaseError, MemberView> recordPaidOrder(Command command);

    record Command(
            @NotNull MerchantId merchantId,
            @NotNull MemberId memberId,
            @NotBlank @Size(max = 100) String orderId,
            @NotNull Money amount,
            @NotNull @Size(max = 100) Set<@NotBlank @Size(max = 100) String> categories,
            Instant paidAt) implements SelfValidating {

        @AssertTrue(message = "amount must be positive")
        public boolean isAmountPositive() {
            return amount == null || amount.isPositive();
        }
    }
}
