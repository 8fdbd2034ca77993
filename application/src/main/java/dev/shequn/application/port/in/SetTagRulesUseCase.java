package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Replaces the merchant's automatic tag rules: {@code high-value} from {@code highValueAt} (in the merchant's
 * currency), {@code category:<c>} when {@code categoryTags}, {@code lapsed} after {@code lapsedAfterDays}. A rule
 * left out (null) is off. Members are re-tagged at their next metrics change or tier evaluation.
 */
public interface SetTagRulesUseCase {

    Either<UseCaseError, Result> setTagRules(Command command);

    record Command(
            @NotNull MerchantId merchantId,
            Money highValueAt,
            boolean categoryTags,
            @Min(1) @Max(3650) Integer lapsedAfterDays) implements SelfValidating {

        @AssertTrue(message = "highValueAt must be positive")
        public boolean isHighValueAtPositive() {
            return highValueAt == null || highValueAt.isPositive();
        }
    }

    record Result(MerchantId merchantId) {}
}
