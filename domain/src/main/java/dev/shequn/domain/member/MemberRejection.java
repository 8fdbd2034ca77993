package dev.shequn.domain.member;

import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.RefusalReason;

/** Why a change to a member was refused. */
public record MemberRejection(Reason reason, String detail) {

    public enum Reason implements RefusalReason {
        CURRENCY_MISMATCH(Kind.INVALID),
        ORDER_NOT_FOUND(Kind.CONFLICT),
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

    public MemberRejection {
        requireNonNull(reason, "reason");
        requireNonNull(detail, "detail");
    }
}
