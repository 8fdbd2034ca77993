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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An invitee topped up its stored value (充值): the {@code INVITEE_TOP_UP} rules reward, e.g. the inviter with a
 * percent of the top-up as cash rebate, available at once. The same {@code topUpId} again rewards nothing more.
 */
public interface ReportTopUpUseCase {

    Either<UseCaseError, Result> reportTopUp(Command command);

    record Command(
            @NotNull MerchantId merchantId,
            @NotNull MemberId memberId,
            @NotBlank @Size(max = 100) @Pattern(regexp = "[^/]+", message = "must not contain '/'") String topUpId,
            @NotNull Money amount) implements SelfValidating {

        @AssertTrue(message = "amount must be positive")
        public boolean isAmountPositive() {
            return amount == null || amount.isPositive();
        }
    }

    record Result(List<RewardView> rewards) {
        public Result {
            rewards = List.copyOf(rewards);
        }
    }
}
