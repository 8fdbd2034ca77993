package dev.shequn.domain.ledger;

import static java.util.Objects.requireNonNull;

/** Why a movement was refused. */
public record LedgerRejection(Reason reason, String detail) {

    public enum Reason {
        NOTHING_TO_MOVE,
        CURRENCY_MISMATCH,
        BELOW_MINIMUM,
        INSUFFICIENT_AVAILABLE,
        INSUFFICIENT_FROZEN,
        INSUFFICIENT_WITHDRAWING,
        ALREADY_DECIDED,
        NOT_DUE,
        ALREADY_RELEASED,
        REFUND_EXCEEDS_ORDER
    }

    public LedgerRejection {
        requireNonNull(reason, "reason");
        requireNonNull(detail, "detail");
    }
}
