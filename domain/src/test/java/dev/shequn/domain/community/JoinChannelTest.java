package dev.shequn.domain.community;

import static dev.shequn.domain.testing.Fixtures.OLIVE_SHOP;
import static dev.shequn.domain.testing.Fixtures.T0;
import static dev.shequn.domain.testing.Fixtures.aCommunity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.domain.community.CommunityEvents.NewCommunityRequested;
import dev.shequn.domain.member.MemberId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JoinChannelTest {

    private static final ChannelId CHANNEL = new ChannelId("ch1");

    private static JoinChannel channelOver(Community... communities) {
        return JoinChannel.create(CHANNEL, OLIVE_SHOP, "Store poster", "POSTER1",
                java.util.Arrays.stream(communities).map(Community::id).toList(), T0);
    }

    private static void fill(Community community) {
        for (int i = 0; community.hasRoom(); i++) {
            community.join(new MemberId(community.id() + "-filler-" + i), Optional.empty(), Optional.empty(),
                    Optional.empty(), TierStandingCheck.noTiers(), T0);
        }
    }

    @Test
    void givenFirstCommunityFull_whenMemberJoinsThroughChannel_thenRoutedToNextAndAttributedToChannel() {
        Community first = aCommunity("c1").withCapacity(1).build();
        Community second = aCommunity("c2").build();
        fill(first);
        JoinChannel channel = channelOver(first, second);

        ChannelJoin join = channel.route(new MemberId("m1"), List.of(first, second), Map.of(), Optional.empty(),
                TierStandingCheck.noTiers(), T0).get();

        assertThat(join.community()).isSameAs(second);
        assertThat(join.outcome().membership().channel()).contains(CHANNEL);
        assertThat(second.memberCount()).isEqualTo(1);
    }

    @Test
    void givenCommunityArchivedOrAboveTheMembersTier_whenRouting_thenSkipped() {
        Community archived = aCommunity("c1").build();
        archived.update(archived.settings(), true, T0);
        Community seniors = aCommunity("c2").forTierAtLeast("senior").build();
        Community everyone = aCommunity("c3").build();

        ChannelJoin join = channelOver(archived, seniors, everyone).route(new MemberId("m1"),
                List.of(archived, seniors, everyone), Map.of(), Optional.empty(), TierStandingCheck.noTiers(), T0).get();

        assertThat(join.community()).isSameAs(everyone);
    }

    @Test
    void givenEveryCommunityFull_whenMemberJoins_thenChannelExhaustedAndNewCommunityRequested() {
        Community first = aCommunity("c1").withCapacity(1).build();
        Community second = aCommunity("c2").withCapacity(2).build();
        fill(first);
        fill(second);

        ChannelRefusal refusal = channelOver(first, second).route(new MemberId("m1"), List.of(first, second), Map.of(),
                Optional.empty(), TierStandingCheck.noTiers(), T0).getLeft();

        assertThat(refusal.rejection().reason()).isEqualTo(JoinRejection.Reason.CHANNEL_EXHAUSTED);
        assertThat(refusal.event()).contains(new NewCommunityRequested(OLIVE_SHOP, CHANNEL, "POSTER1", T0));
        assertThat(first.memberCount() + second.memberCount()).isEqualTo(3);
    }

    @Test
    void givenRoomOnlyAboveTheMembersTier_whenMemberJoins_thenTierTooLowWithoutNewCommunityRequest() {
        Community seniors = aCommunity("c1").forTierAtLeast("senior").build();

        ChannelRefusal refusal = channelOver(seniors).route(new MemberId("m1"), List.of(seniors), Map.of(),
                Optional.empty(), TierStandingCheck.noTiers(), T0).getLeft();

        assertThat(refusal.rejection().reason()).isEqualTo(JoinRejection.Reason.TIER_TOO_LOW);
        assertThat(refusal.event()).isEmpty();
    }

    @Test
    void givenMemberAlreadyInAPoolCommunity_whenJoiningAgainThroughChannel_thenNoOpEvenIfItIsFull() {
        Community first = aCommunity("c1").withCapacity(1).build();
        Community second = aCommunity("c2").build();
        Membership existing = first.join(new MemberId("m1"), Optional.empty(), Optional.of(CHANNEL), Optional.empty(),
                TierStandingCheck.noTiers(), T0).get().membership();

        ChannelJoin join = channelOver(first, second).route(new MemberId("m1"), List.of(first, second),
                Map.of(first.id(), existing), Optional.empty(), TierStandingCheck.noTiers(), T0).get();

        assertThat(join.outcome()).isEqualTo(new JoinOutcome.AlreadyMember(existing));
        assertThat(second.memberCount()).isZero();
    }
}
