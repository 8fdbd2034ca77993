package dev.shequn.domain.promotion;

/** Why a promotion did not apply, in the order the checks run: a promotion gets the first that fails. */
public enum RejectionReason {
    UNKNOWN_CODE,
    CODE_NOT_PRESENTED,
    NOT_STARTED,
    EXPIRED,
    CURRENCY_MISMATCH,
    TIER_NOT_ELIGIBLE,
    TAG_NOT_ELIGIBLE,
    NOT_A_COMMUNITY_MEMBER,
    PURCHASE_ORDINAL_NOT_MET,
    USAGE_LIMIT_REACHED,
    REDEMPTIONS_EXHAUSTED,
    BUDGET_EXHAUSTED,
    NO_TARGET_LINES,
    MIN_QUANTITY_NOT_MET,
    MIN_SUBTOTAL_NOT_MET,
    NOTHING_TO_DISCOUNT,
    NOT_COMBINABLE
}
