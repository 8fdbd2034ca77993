package dev.shequn.domain.community;

import static dev.shequn.domain.testing.Fixtures.T0;
import static dev.shequn.domain.testing.Fixtures.aCommunity;
import static dev.shequn.domain.testing.Fixtures.daysAfterT0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.domain.community.CommunityEvents.AssistantBotRequested;
import dev.shequn.domain.community.CommunityEvents.MemberJoinedCommunity;
import dev.shequn.domain.community.CommunityEvents.MemberRemovedFromCommunity;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.DomainEvent;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommunityTest {

    private static final TierStandingCheck NO_TIERS = TierStandingCheck.noTiers();

    private static Either<JoinRejection, JoinOutcome> join(Community community, String member) {
        return community.join(new MemberId(member), Optional.empty(), Optional.empty(), Optional.empty(), NO_TIERS, T0);
    }

    private static Membership joined(Community community, String member) {
        return join(community, member).get().membership();
    }

    @Test
    void givenNewCommunity_whenCreatedWithDefaults_thenCapacity500AndBotAt100() {
        CommunitySettings settings = CommunitySettings.defaults("Olive club", new MemberId("leader"), Positioning.NICHE);

        assertThat(settings.capacity()).isEqualTo(500);
        assertThat(settings.botThreshold()).isEqualTo(100);
        assertThat(settings.moderation()).isEqualTo(ModerationPolicy.defaults());
    }

    @Test
    void givenOpenCommunity_whenMemberJoins_thenActiveMembershipAndCountUp() {
        Community community = aCommunity("c1").build();
        Optional<ChannelId> channel = Optional.of(new ChannelId("ch1"));
        Optional<MemberId> inviter = Optional.of(new MemberId("friend"));

        var outcome = community.join(new MemberId("m1"), Optional.empty(), channel, inviter, NO_TIERS, T0).get();

        assertThat(outcome).isInstanceOf(JoinOutcome.Joined.class);
        Membership membership = outcome.membership();
        assertThat(membership.isActive()).isTrue();
        assertThat(membership.joinedAt()).isEqualTo(T0);
        assertThat(membership.channel()).isEqualTo(channel);
        assertThat(membership.inviter()).isEqualTo(inviter);
        assertThat(community.memberCount()).isEqualTo(1);
        assertThat(((JoinOutcome.Joined) outcome).events()).singleElement().isInstanceOf(MemberJoinedCommunity.class);
    }

    @Test
    void givenFullCommunity_whenAnotherJoins_thenRefusedAsFullAndNothingChanges() {
        Community community = aCommunity("c1").withCapacity(2).build();
        joined(community, "m1");
        joined(community, "m2");
        assertThat(community.status()).isEqualTo(CommunityStatus.FULL);

        var refused = join(community, "m3");

        assertThat(refused.getLeft().reason()).isEqualTo(JoinRejection.Reason.COMMUNITY_FULL);
        assertThat(community.memberCount()).isEqualTo(2);
    }

    @Test
    void givenArchivedCommunity_whenMemberJoins_thenRefusedAsArchived() {
        Community community = aCommunity("c1").build();
        community.update(community.settings(), true, T0);

        assertThat(join(community, "m1").getLeft().reason()).isEqualTo(JoinRejection.Reason.COMMUNITY_ARCHIVED);
        assertThat(community.status()).isEqualTo(CommunityStatus.ARCHIVED);
    }

    @Test
    void givenMinimumTier_whenMemberLacksIt_thenRefusedAndWhenHoldsIt_thenAdmitted() {
        Community community = aCommunity("c1").forTierAtLeast("senior").build();

        assertThat(join(community, "m1").getLeft().reason()).isEqualTo(JoinRejection.Reason.TIER_TOO_LOW);
        var admitted = community.join(new MemberId("m2"), Optional.empty(), Optional.empty(), Optional.empty(),
                tier -> tier.equals("senior"), T0);
        assertThat(admitted.isRight()).isTrue();
    }

    @Test
    void givenMember_whenJoiningTwice_thenSecondIsANoOp() {
        Community community = aCommunity("c1").withCapacity(1).build();
        Membership first = joined(community, "m1");

        var again = community.join(new MemberId("m1"), Optional.of(first), Optional.empty(), Optional.empty(), NO_TIERS, T0);

        assertThat(again.get()).isEqualTo(new JoinOutcome.AlreadyMember(first));
        assertThat(community.memberCount()).isEqualTo(1);
    }

    @Test
    void givenBotThreshold_whenCountFirstReachesIt_thenBotRequestedExactlyOnce() {
        Community community = aCommunity("c1").withBotThreshold(3).build();
        List<DomainEvent> events = new ArrayList<>();
        List<Membership> memberships = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            JoinOutcome.Joined outcome = (JoinOutcome.Joined) join(community, "m" + i).get();
            memberships.add(outcome.membership());
            events.addAll(outcome.events());
        }
        community.leave(memberships.get(3), T0);
        community.leave(memberships.get(2), T0);
        events.addAll(((JoinOutcome.Joined) join(community, "m5").get()).events());

        assertThat(events).filteredOn(e -> e instanceof AssistantBotRequested)
                .singleElement().extracting(e -> ((AssistantBotRequested) e).memberCount()).isEqualTo(3);
        assertThat(community.memberCount()).isEqualTo(3);
        assertThat(community.botRequested()).isTrue();
    }

    @Test
    void givenFullCommunity_whenMemberLeaves_thenOpenAgainAndMembershipEnded() {
        Community community = aCommunity("c1").withCapacity(1).build();
        Membership membership = joined(community, "m1");

        community.leave(membership, daysAfterT0(1));

        assertThat(community.status()).isEqualTo(CommunityStatus.OPEN);
        assertThat(membership.status()).isEqualTo(MembershipStatus.LEFT);
        assertThat(membership.endedAt()).contains(daysAfterT0(1));
        assertThat(community.leave(membership, daysAfterT0(2)).getLeft().reason())
                .isEqualTo(CommunityRejection.Reason.NOT_A_MEMBER);
    }

    @Test
    void givenMemberWhoLeft_whenJoiningAgain_thenSameRecordIsActiveAgainWithNewChannel() {
        Community community = aCommunity("c1").build();
        Membership membership = joined(community, "m1");
        community.leave(membership, T0);

        var again = community.join(new MemberId("m1"), Optional.of(membership), Optional.of(new ChannelId("ch2")),
                Optional.empty(), NO_TIERS, daysAfterT0(3)).get();

        assertThat(again.membership()).isSameAs(membership);
        assertThat(membership.isActive()).isTrue();
        assertThat(membership.joinedAt()).isEqualTo(daysAfterT0(3));
        assertThat(membership.channel()).contains(new ChannelId("ch2"));
        assertThat(community.memberCount()).isEqualTo(1);
    }

    @Test
    void givenMember_whenRemoved_thenMembershipEndsWithTheReason() {
        Community community = aCommunity("c1").build();
        Membership membership = joined(community, "m1");

        var event = community.remove(membership, "spam link", T0).get();

        assertThat(membership.status()).isEqualTo(MembershipStatus.REMOVED);
        assertThat(membership.removalReason()).contains("spam link");
        assertThat(event).isInstanceOf(MemberRemovedFromCommunity.class);
        assertThat(community.memberCount()).isZero();
    }

    @Test
    void givenMembers_whenCapacityUpdatedBelowTheCount_thenRefused() {
        Community community = aCommunity("c1").build();
        joined(community, "m1");
        joined(community, "m2");
        CommunitySettings s = community.settings();
        CommunitySettings smaller = new CommunitySettings(s.name(), s.leader(), 1, s.positioning(), s.minimumTier(),
                s.botThreshold(), s.moderation());

        assertThat(community.update(smaller, false, T0).getLeft().reason())
                .isEqualTo(CommunityRejection.Reason.CAPACITY_BELOW_MEMBER_COUNT);
        assertThat(community.capacity()).isEqualTo(500);
    }
}
