package dev.shequn.domain.referral;

import static java.util.Objects.requireNonNull;

/** Why a reward a rule would have given was withheld. */
public record WithheldReason(Code code, String detail) {

    public enum Code {
        /** The referral carries fraud flags (the detail names them). */
        FRAUD_SUSPECTED,
        DAILY_CAP_REACHED,
        TOTAL_CAP_REACHED,
        BUDGET_EXHAUSTED,
        /** A percent of the triggering amount rounds to nothing. */
        NOTHING_TO_PAY,
        /** The coupon could not be granted (template exhausted, expired, unknown). */
        COUPON_UNAVAILABLE
    }

    public WithheldReason {
        requireNonNull(code, "code");
        requireNonNull(detail, "detail");
    }
}
