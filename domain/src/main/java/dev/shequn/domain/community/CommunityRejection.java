package dev.shequn.domain.community;

import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.RefusalReason;

/** Why a change to a community (other than a join) was refused. */
public record CommunityRejection(Reason reason, String detail) {

    public enum Reason implements RefusalReason {
        NOT_A_MEMBER(Kind.CONFLICT),
        CAPACITY_BELOW_MEMBER_COUNT(Kind.CONFLICT);

        private final Kind kind;

        Reason(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public CommunityRejection {
        requireNonNull(reason, "reason");
        requireNonNull(detail, "detail");
    }
}
