package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.referral.Beneficiary;
import dev.shequn.domain.referral.Reward;
import dev.shequn.domain.referral.Trigger;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Creates or replaces one incentive rule of a merchant. The reward is one of: {@code points}, {@code cash} (a
 * fixed rebate), {@code percent} (of the triggering amount, rounded half-up once), {@code couponTemplateId} or
 * {@code gift}; exactly one is given. Caps and budget are optional; what a rule has spent stays spent when it is
 * replaced.
 */
public interface SetIncentiveRuleUseCase {

    Either<UseCaseError, Result> setIncentiveRule(Command command);

    record Command(
            @NotNull MerchantId merchantId,
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, '.', '_', '-'") String ruleId,
            @NotBlank @Size(max = 200) String name,
            @NotNull Trigger trigger,
            @NotNull Beneficiary beneficiary,
            @Positive Long points,
            Money cash,
            BigDecimal percent,
            @Size(min = 1, max = 64) String couponTemplateId,
            @Size(min = 1, max = 200) String gift,
            @Positive Long perDayCap,
            @Positive Long totalCap,
            Instant validFrom,
            Instant validUntil,
            @Positive Long budget,
            boolean active) implements SelfValidating {

        @AssertTrue(message = "give exactly one reward: points, cash, percent, couponTemplateId or gift")
        public boolean isOneReward() {
            int given = (points != null ? 1 : 0) + (cash != null ? 1 : 0) + (percent != null ? 1 : 0)
                    + (couponTemplateId != null ? 1 : 0) + (gift != null ? 1 : 0);
            return given == 1;
        }

        @AssertTrue(message = "cash must be positive")
        public boolean isCashPositive() {
            return cash == null || cash.isPositive();
        }

        @AssertTrue(message = "percent must be above 0 and at most 100")
        public boolean isPercentInRange() {
            return percent == null || (percent.signum() > 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0);
        }

        @AssertTrue(message = "validFrom must be before validUntil")
        public boolean isWindowOrdered() {
            return validFrom == null || validUntil == null || validFrom.isBefore(validUntil);
        }

        /** The reward the fields describe; call only on a valid command. */
        public Reward reward() {
            if (points != null) {
                return new Reward.Points(points);
            }
            if (cash != null) {
                return new Reward.FixedCash(cash);
            }
            if (percent != null) {
                return new Reward.PercentCash(percent);
            }
            if (couponTemplateId != null) {
                return new Reward.Coupon(couponTemplateId);
            }
            return new Reward.Gift(gift);
        }
    }

    record Result(String ruleId, boolean created) {}
}
