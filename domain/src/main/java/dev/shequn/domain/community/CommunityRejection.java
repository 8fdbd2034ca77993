package dev.shequn.domain.community;

import static java.util.Objects.requireNonNull;

/** Why a change to a community (other than a join) was refused. */
public record CommunityRejection(Reason reason, String detail) {

    public enum Reason { NOT_A_MEMBER, CAPACITY_BELOW_MEMBER_COUNT }

    public CommunityRejection {
        requireNonNull(reason, "reason");
        requireNonNull(detail, "detail");
    }
}
