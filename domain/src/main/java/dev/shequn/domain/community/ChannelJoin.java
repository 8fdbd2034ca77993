package dev.shequn.domain.community;

import static java.util.Objects.requireNonNull;

/** Where a join through a channel went: the community (changed when the member newly joined) and the outcome. */
public record ChannelJoin(Community community, JoinOutcome outcome) {
    public ChannelJoin {
        requireNonNull(community, "community");
        requireNonNull(outcome, "outcome");
    }
}
