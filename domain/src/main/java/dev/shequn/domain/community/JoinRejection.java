package dev.shequn.domain.community;

import static java.util.Objects.requireNonNull;

/** Why a join was refused, with the community it concerns when there is one. */
public record JoinRejection(Reason reason, String detail) {

    public enum Reason { COMMUNITY_FULL, COMMUNITY_ARCHIVED, TIER_TOO_LOW, CHANNEL_EXHAUSTED }

    public JoinRejection {
        requireNonNull(reason, "reason");
        requireNonNull(detail, "detail");
    }
}
