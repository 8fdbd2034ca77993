package dev.shequn.domain.promotion;

import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.RefusalReason;

/** A counter that refused to move because a limit would be broken; {@code reason} as the pricing contract names it. */
public record LimitRejection(Reason reason, String detail) {

    public enum Reason implements RefusalReason {
        REDEMPTIONS_EXHAUSTED(Kind.CONFLICT),
        BUDGET_EXHAUSTED(Kind.CONFLICT),
        QUANTITY_EXHAUSTED(Kind.CONFLICT);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public LimitRejection {
        requireNonNull(reason, "reason");
        requireNonNull(detail, "detail");
    }
}
