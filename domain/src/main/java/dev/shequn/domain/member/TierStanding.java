package dev.shequn.domain.member;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a member stands on the merchant's tier ladder: the tier held (by code) and, while the member no longer
 * qualifies for it, since when. Kept on the member so that one versioned write changes both metrics and tier.
 */
public record TierStanding(Optional<String> tier, Optional<Instant> notQualifyingSince) {

    public TierStanding {
        requireNonNull(tier, "tier");
        requireNonNull(notQualifyingSince, "notQualifyingSince");
    }

    public static TierStanding none() {
        return new TierStanding(Optional.empty(), Optional.empty());
    }
}
