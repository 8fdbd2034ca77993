package dev.shequn.domain.promotion;

import static java.util.Objects.requireNonNull;

/** A counter that refused to move because a limit would be broken; {@code reason} as the pricing contract names it. */
public record LimitRejection(Reason reason, String detail) {

    public enum Reason {
        REDEMPTIONS_EXHAUSTED,
        BUDGET_EXHAUSTED,
        QUANTITY_EXHAUSTED
    }

    public LimitRejection {
        requireNonNull(reason, "reason");
        requireNonNull(detail, "detail");
    }
}
