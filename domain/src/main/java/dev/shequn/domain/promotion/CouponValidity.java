package dev.shequn.domain.promotion;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** How long a granted coupon may be used: a fixed window, or N days from the grant. */
public sealed interface CouponValidity {

    /** The window of a coupon granted at {@code grantedAt}. */
    CouponWindow windowFor(Instant grantedAt);

    /** Every coupon is valid from {@code validFrom} (or its grant) until {@code validUntil} (exclusive). */
    record Absolute(Optional<Instant> validFrom, Instant validUntil) implements CouponValidity {
        public Absolute {
            requireNonNull(validFrom, "validFrom");
            requireNonNull(validUntil, "validUntil");
            checkArgument(validFrom.isEmpty() || validFrom.get().isBefore(validUntil), "validFrom before validUntil");
        }

        @Override
        public CouponWindow windowFor(Instant grantedAt) {
            return new CouponWindow(validFrom.orElse(grantedAt), validUntil);
        }
    }

    /** Valid for {@code days} days from the grant: a coupon granted on the 1st at 10:00 with 7 days ends on the 8th at 10:00. */
    record RelativeDays(int days) implements CouponValidity {
        public static final int MAX_DAYS = 3650;

        public RelativeDays {
            checkArgument(days >= 1 && days <= MAX_DAYS, "days must be 1 to %s", MAX_DAYS);
        }

        @Override
        public CouponWindow windowFor(Instant grantedAt) {
            return new CouponWindow(grantedAt, grantedAt.plus(Duration.ofDays(days)));
        }
    }

    /** {@code validFrom} inclusive, {@code validUntil} exclusive, like the pricing contract's windows. */
    record CouponWindow(Instant validFrom, Instant validUntil) {
        public CouponWindow {
            requireNonNull(validFrom, "validFrom");
            requireNonNull(validUntil, "validUntil");
        }

        public boolean isOver(Instant now) {
            return !now.isBefore(validUntil);
        }
    }
}
