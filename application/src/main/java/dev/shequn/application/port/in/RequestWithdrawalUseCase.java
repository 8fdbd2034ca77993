package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.ledger.MemberBalances;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/**
 * A member asks to withdraw cash: set aside at once, refused {@code BELOW_MINIMUM} or
 * {@code INSUFFICIENT_AVAILABLE} (or {@code CURRENCY_MISMATCH}).
 */
public interface RequestWithdrawalUseCase {

    Either<UseCaseError, Result> requestWithdrawal(Command command);

    record Command(@NotNull MerchantId merchantId, @NotNull MemberId memberId, @NotNull Money amount)
            implements SelfValidating {

        @AssertTrue(message = "amount must be positive")
        public boolean isAmountPositive() {
            return amount == null || amount.isPositive();
        }
    }

    record Result(String withdrawalId, MemberBalances balances) {}
}
