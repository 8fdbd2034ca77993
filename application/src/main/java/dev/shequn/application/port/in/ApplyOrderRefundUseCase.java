package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.ledger.Movement;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A refund of part or all of a paid order: every reward and commission that came from the order is taken back
 * in proportion (cumulative half-up, see {@code Accrual}): from frozen credit while frozen, otherwise as a
 * claw-back whose shortfall is the merchant's loss. The same {@code refundId} again takes nothing more.
 */
public interface ApplyOrderRefundUseCase {

    Either<UseCaseError, Result> applyOrderRefund(Command command);

    record Command(
            @NotNull MerchantId merchantId,
            @NotBlank @Size(max = 100) String orderId,
            @NotBlank @Size(max = 100) String refundId,
            @NotNull Money amount) implements SelfValidating {

        @AssertTrue(message = "amount must be positive")
        public boolean isAmountPositive() {
            return amount == null || amount.isPositive();
        }
    }

    /** What was taken back from one beneficiary, in points or cash minor units. */
    record Reversal(String accrualId, MemberId beneficiary, Movement movement, long units) {}

    record Result(List<Reversal> reversals) {
        public Result {
            reversals = List.copyOf(reversals);
        }
    }
}
