package dev.shequn.domain.tier;

import static java.util.Objects.requireNonNull;

import dev.shequn.domain.member.TierStanding;
import java.util.Optional;

/** The member's new standing and, when the tier itself changed, the event. */
public record TierEvaluation(TierStanding standing, Optional<TierChanged> change) {
    public TierEvaluation {
        requireNonNull(standing, "standing");
        requireNonNull(change, "change");
    }
}
