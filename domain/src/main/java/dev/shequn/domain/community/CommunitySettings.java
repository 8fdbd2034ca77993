package dev.shequn.domain.community;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.member.MemberId;
import java.util.Optional;

/** What a merchant decides about a community; the member count and status follow from joins. */
public record CommunitySettings(
        String name,
        MemberId leader,
        int capacity,
        Positioning positioning,
        Optional<String> minimumTier,
        int botThreshold,
        ModerationPolicy moderation) {

    public static final int DEFAULT_CAPACITY = 500;
    public static final int DEFAULT_BOT_THRESHOLD = 100;

    public CommunitySettings {
        requireNonNull(name, "name");
        checkArgument(!name.isBlank() && name.length() <= 200, "community name must be 1 to 200 characters");
        requireNonNull(leader, "leader");
        checkArgument(capacity > 0, "capacity must be positive");
        requireNonNull(positioning, "positioning");
        requireNonNull(minimumTier, "minimumTier");
        minimumTier.ifPresent(t -> checkArgument(!t.isBlank(), "minimum tier must not be blank"));
        checkArgument(botThreshold > 0, "botThreshold must be positive");
        requireNonNull(moderation, "moderation");
    }

    /** Capacity 500, bot at 100, no minimum tier, default moderation. */
    public static CommunitySettings defaults(String name, MemberId leader, Positioning positioning) {
        return new CommunitySettings(name, leader, DEFAULT_CAPACITY, positioning, Optional.empty(),
                DEFAULT_BOT_THRESHOLD, ModerationPolicy.defaults());
    }
}
