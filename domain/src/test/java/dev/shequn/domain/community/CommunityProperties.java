package dev.shequn.domain.community;

import static dev.shequn.domain.testing.Fixtures.T0;
import static dev.shequn.domain.testing.Fixtures.aCommunity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.domain.community.CommunityEvents.AssistantBotRequested;
import dev.shequn.domain.member.MemberId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class CommunityProperties {

    /**
     * Any sequence of joins and leaves (a positive number joins that member, a negative one makes them leave):
     * the count never passes capacity, always equals the active memberships, and the bot is requested exactly
     * once if and only if the count ever reached the threshold.
     */
    @Property
    void capacityIsNeverExceededAndTheBotIsRequestedAtMostOnce(
            @ForAll @IntRange(min = 1, max = 15) int capacity,
            @ForAll @IntRange(min = 1, max = 20) int botThreshold,
            @ForAll @Size(max = 200) List<@IntRange(min = -20, max = 20) Integer> moves) {
        Community community = aCommunity("c1").withCapacity(capacity).withBotThreshold(botThreshold).build();
        Map<Integer, Membership> memberships = new HashMap<>();
        int botRequests = 0;
        int highest = 0;
        for (int move : moves) {
            int who = Math.abs(move);
            Optional<Membership> current = Optional.ofNullable(memberships.get(who));
            if (move > 0) {
                var result = community.join(new MemberId("m" + who), current, Optional.empty(), Optional.empty(),
                        TierStandingCheck.noTiers(), T0);
                if (result.isRight() && result.get() instanceof JoinOutcome.Joined joined) {
                    memberships.put(who, joined.membership());
                    botRequests += (int) joined.events().stream().filter(e -> e instanceof AssistantBotRequested).count();
                }
            } else if (current.isPresent()) {
                community.leave(current.get(), T0);
            }
            highest = Math.max(highest, community.memberCount());
            assertThat(community.memberCount()).isBetween(0, capacity);
            assertThat(community.memberCount())
                    .isEqualTo((int) memberships.values().stream().filter(Membership::isActive).count());
        }
        assertThat(botRequests).isEqualTo(highest >= botThreshold ? 1 : 0);
    }
}
