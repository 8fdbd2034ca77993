package dev.shequn.domain.ledger;

/** What an entry does, so a reader need not infer it from the legs. */
public enum Movement {
    /** Reward or commission credited, frozen or available, against the merchant's reward expense. */
    GRANT,
    /** Frozen credit whose refund window closed, made available. */
    RELEASE,
    /** Frozen credit taken back because of a refund inside the window. */
    REVERSAL,
    /** Negative adjustment after release: taken from what is available, the shortfall booked as loss. */
    CLAWBACK,
    WITHDRAWAL_REQUESTED,
    WITHDRAWAL_APPROVED,
    WITHDRAWAL_REJECTED
}
