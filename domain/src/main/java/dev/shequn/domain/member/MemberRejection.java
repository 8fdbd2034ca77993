package dev.shequn.domain.member;

import static java.util.Objects.requireNonNull;

/** Why a change to a member was refused. */
public record MemberRejection(Reason reason, String detail) {

    public enum Reason { CURRENCY_MISMATCH, ORDER_NOT_FOUND, REFUND_EXCEEDS_ORDER }

    public MemberRejection {
        requireNonNull(reason, "reason");
        requireNonNull(detail, "detail");
    }
}
