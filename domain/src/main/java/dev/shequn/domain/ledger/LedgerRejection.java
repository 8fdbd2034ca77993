package dev.shequn.domain.ledger;

import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.RefusalReason;

/** Why a movement was refused. */
public record LedgerRejection(Reason reason, String detail) {

    public enum Reason implements RefusalReason {
        NOTHING_TO_MOVE(Kind.CONFLICT),
        CURRENCY_MISMATCH(Kind.INVALID),
        BELOW_MINIMUM(Kind.CONFLICT),
        INSUFFICIENT_AVAILABLE(Kind.CONFLICT),
        INSUFFICIENT_FROZEN(Kind.CONFLICT),
        INSUFFICIENT_WITHDRAWING(Kind.CONFLICT),
        ALREADY_DECIDED(Kind.CONFLICT),
        NOT_DUE(Kind.CONFLICT),
        ALREADY_RELEASED(Kind.CONFLICT),
        REFUND_EXCEEDS_ORDER(Kind.CONFLICT);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public LedgerRejection {
        requireNonNull(reason, "reason");
        requireNonNull(detail, "detail");
    }
}
