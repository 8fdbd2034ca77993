package dev.shequn.domain.referral;

import static java.util.Objects.requireNonNull;

/** Why an invitee was not bound to an inviter. */
public record BindingRejection(Reason reason, String detail) {

    public enum Reason {
        SELF_INVITE,
        /** The invitee is bound to its first inviter already; the first one keeps it. */
        ALREADY_BOUND,
        /** The invitee was a member of the merchant before this invitation. */
        ALREADY_MEMBER,
        /** The invitee is the inviter's own inviter, directly or further up. */
        CYCLE,
        DAILY_CAP_REACHED
    }

    public BindingRejection {
        requireNonNull(reason, "reason");
        requireNonNull(detail, "detail");
    }
}
