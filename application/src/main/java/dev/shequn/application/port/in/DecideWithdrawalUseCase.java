package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.ledger.MemberBalances;
import dev.shequn.domain.ledger.Withdrawal;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The merchant approves or rejects a withdrawal, once: {@code ALREADY_DECIDED} after that. */
public interface DecideWithdrawalUseCase {

    Either<UseCaseError, Result> decideWithdrawal(Command command);

    record Command(
            @NotNull MerchantId merchantId,
            @NotBlank @Size(max = 64) String withdrawalId,
            boolean approve,
            @Size(min = 1, max = 500) String note) implements SelfValidating {}

    record Result(Withdrawal.Status status, MemberBalances balances) {}
}
