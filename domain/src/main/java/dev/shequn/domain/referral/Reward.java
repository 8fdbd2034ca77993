package dev.shequn.domain.referral;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.ledger.Amount;
import dev.shequn.domain.shared.Money;
import java.math.BigDecimal;
import java.util.Optional;

/** What a rule gives one beneficiary. */
public sealed interface Reward {

    /**
     * What this reward books in the ledger for a triggering amount, if it books anything: empty for coupons and
     * gifts. A percent of a missing triggering amount books nothing.
     */
    Optional<Amount> bookable(Optional<Money> triggeringAmount);

    /** What it costs against the rule's budget: points, cash minor units, or one coupon or gift. */
    default long budgetUnits(Optional<Money> triggeringAmount) {
        return bookable(triggeringAmount).map(Amount::units).orElse(1L);
    }

    record Points(long points) implements Reward {
        public Points {
            checkArgument(points > 0, "points reward must be positive");
        }

        @Override
        public Optional<Amount> bookable(Optional<Money> triggeringAmount) {
            return Optional.of(Amount.points(points));
        }
    }

    /** A cash rebate of a fixed amount. */
    record FixedCash(Money amount) implements Reward {
        public FixedCash {
            requireNonNull(amount, "amount");
            checkArgument(amount.isPositive(), "cash reward must be positive");
        }

        @Override
        public Optional<Amount> bookable(Optional<Money> triggeringAmount) {
            return Optional.of(Amount.cash(amount));
        }
    }

    /**
     * A cash rebate of {@code percent} of the triggering amount (the top-up, or the order's paid amount),
     * rounded once, half-up, to the minor unit.
     */
    record PercentCash(BigDecimal percent) implements Reward {
        public PercentCash {
            requireNonNull(percent, "percent");
            checkArgument(percent.signum() > 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0,
                    "percent must be above 0 and at most 100");
        }

        @Override
        public Optional<Amount> bookable(Optional<Money> triggeringAmount) {
            return triggeringAmount.map(t -> Amount.cash(t.times(percent.movePointLeft(2))));
        }
    }

    /** A coupon granted from one of the merchant's coupon templates. */
    record Coupon(String templateId) implements Reward {
        public Coupon {
            requireNonNull(templateId, "templateId");
            checkArgument(!templateId.isBlank() && templateId.length() <= 64, "template id is 1 to 64 characters");
        }

        @Override
        public Optional<Amount> bookable(Optional<Money> triggeringAmount) {
            return Optional.empty();
        }
    }

    /** A gift the host hands over; Shequn records that it is owed. */
    record Gift(String name) implements Reward {
        public Gift {
            requireNonNull(name, "name");
            checkArgument(!name.isBlank() && name.length() <= 200, "gift name is 1 to 200 characters");
        }

        @Override
        public Optional<Amount> bookable(Optional<Money> triggeringAmount) {
            return Optional.empty();
        }
    }
}
