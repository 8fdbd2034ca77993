package dev.shequn.domain.community;

import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.RefusalReason;

/** Why a join was refused, with the community it concerns when there is one. */
public record JoinRejection(Reason reason, String detail) {

    public enum Reason implements RefusalReason {
        COMMUNITY_FULL(Kind.CONFLICT),
        COMMUNITY_ARCHIVED(Kind.CONFLICT),
        TIER_TOO_LOW(Kind.CONFLICT),
        CHANNEL_EXHAUSTED(Kind.CONFLICT);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public JoinRejection {
        requireNonNull(reason, "reason");
        requireNonNull(detail, "detail");
    }
}
