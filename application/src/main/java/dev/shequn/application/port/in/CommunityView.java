package dev.shequn.application.port.in;

import dev.shequn.domain.community.Community;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.CommunityStatus;
import dev.shequn.domain.community.Positioning;
import dev.shequn.domain.member.MemberId;
import java.util.Optional;

/** A community as use cases answer it. */
public record CommunityView(
        CommunityId id,
        String name,
        MemberId leader,
        int capacity,
        Positioning positioning,
        Optional<String> minimumTier,
        CommunityStatus status,
        int memberCount,
        int botThreshold,
        boolean botRequested) {

    public static CommunityView of(Community c) {
        return new CommunityView(c.id(), c.name(), c.settings().leader(), c.capacity(), c.settings().positioning(),
                c.minimumTier(), c.status(), c.memberCount(), c.settings().botThreshold(), c.botRequested());
    }
}
