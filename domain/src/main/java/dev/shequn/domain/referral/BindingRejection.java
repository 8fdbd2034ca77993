package dev.shequn.domain.referral;

import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.RefusalReason;

/** Why an invitee was not bound to an inviter. */
public record BindingRejection(Reason reason, String detail) {

    public enum Reason implements RefusalReason {
        SELF_INVITE(Kind.CONFLICT),
        /** The invitee is bound to its first inviter already; the first one keeps it. */
        ALREADY_BOUND(Kind.CONFLICT),
        /** The invitee was a member of the merchant before this invitation. */
        ALREADY_MEMBER(Kind.CONFLICT),
        /** The invitee is the inviter's own inviter, directly or further up. */
        CYCLE(Kind.CONFLICT),
        DAILY_CAP_REACHED(Kind.CONFLICT);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public BindingRejection {
        requireNonNull(reason, "reason");
        requireNonNull(detail, "detail");
    }
}
