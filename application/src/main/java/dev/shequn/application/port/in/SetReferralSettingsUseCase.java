package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.referral.ReferralSettings;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/** Sets a merchant's referral limits: daily invite cap, hourly velocity alert, refund window, withdrawal minimum. */
public interface SetReferralSettingsUseCase {

    Either<UseCaseError, ReferralSettings> setReferralSettings(Command command);

    record Command(
            @NotNull MerchantId merchantId,
            @Positive int dailyInviteCap,
            @Positive int invitesPerHourAlert,
            @PositiveOrZero @Max(365) int refundWindowDays,
            @NotNull Money withdrawalMinimum,
            @Min(-18) @Max(18) int dayOffsetHours) implements SelfValidating {

        @AssertTrue(message = "withdrawalMinimum must be positive")
        public boolean isMinimumPositive() {
            return withdrawalMinimum == null || withdrawalMinimum.isPositive();
        }
    }
}
