package dev.shequn.adapter.persistence.memory.usecase;

import static dev.shequn.domain.testing.Fixtures.OLIVE_SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.port.in.CreateCommunityUseCase;
import dev.shequn.application.port.in.CreateJoinChannelUseCase;
import dev.shequn.application.port.in.JoinThroughChannelUseCase;
import dev.shequn.application.port.in.LeaveCommunityUseCase;
import dev.shequn.application.port.in.ModerationSettings;
import dev.shequn.application.port.in.ReportMessageUseCase;
import dev.shequn.application.port.in.UpdateCommunityUseCase;
import dev.shequn.domain.community.CommunityEvents.AssistantBotRequested;
import dev.shequn.domain.community.CommunityEvents.MemberJoinedCommunity;
import dev.shequn.domain.community.CommunityEvents.MemberRemovedFromCommunity;
import dev.shequn.domain.community.CommunityEvents.MemberWarned;
import dev.shequn.domain.community.CommunityEvents.NewCommunityRequested;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.CommunityStatus;
import dev.shequn.domain.community.MembershipStatus;
import dev.shequn.domain.community.ModerationAction;
import dev.shequn.domain.community.Positioning;
import dev.shequn.domain.member.MemberId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommunityUseCasesTest {

    private final InMemoryShequn app = new InMemoryShequn().withMerchant();

    private JoinThroughChannelUseCase.Result join(String code, MemberId member) {
        return joining(code, member).get();
    }

    private io.vavr.control.Either<UseCaseError, JoinThroughChannelUseCase.Result> joining(String code, MemberId member) {
        return app.shequn.joinThroughChannel().joinThroughChannel(
                new JoinThroughChannelUseCase.Command(OLIVE_SHOP, code, member, null));
    }

    @Test
    void givenCommunityWithDefaults_whenCreated_thenCapacity500BotAt100AndCreatedEvent() {
        MemberId leader = app.member("leader");

        var view = app.shequn.createCommunity().createCommunity(
                CreateCommunityUseCase.Command.of(OLIVE_SHOP, "Olive club", leader, Positioning.NICHE)).get();

        assertThat(view.capacity()).isEqualTo(500);
        assertThat(view.botThreshold()).isEqualTo(100);
        assertThat(view.status()).isEqualTo(CommunityStatus.OPEN);
        assertThat(app.ports.communities().find(OLIVE_SHOP, view.id())).isPresent();
    }

    @Test
    void givenUnknownLeaderOrUnknownMinimumTier_whenCreating_thenRefusedAndNothingStored() {
        int before = app.events().size();

        var noLeader = app.shequn.createCommunity().createCommunity(
                CreateCommunityUseCase.Command.of(OLIVE_SHOP, "Club", new MemberId("ghost"), Positioning.NICHE));
        var noTier = app.shequn.createCommunity().createCommunity(new CreateCommunityUseCase.Command(OLIVE_SHOP,
                "Club", app.member("leader"), null, Positioning.NICHE, "gold", null, null));

        assertThat(noLeader.getLeft()).isEqualTo(new UseCaseError.NotFound("member", "ghost"));
        assertThat(noTier.getLeft().code()).isEqualTo("UNKNOWN_TIER");
        assertThat(app.events()).hasSize(before + 1); // only the leader's registration
    }

    @Test
    void givenInvalidCommand_whenCreatingCommunity_thenEveryViolationNamedAndOutboxUnchanged() {
        int before = app.events().size();

        var result = app.shequn.createCommunity().createCommunity(
                new CreateCommunityUseCase.Command(OLIVE_SHOP, "", null, 0, null, null, null, null));

        assertThat(result.getLeft()).isInstanceOfSatisfying(UseCaseError.InvalidCommand.class, invalid ->
                assertThat(invalid.violations()).extracting(v -> v.field())
                        .containsExactly("capacity", "leader", "name", "positioning"));
        assertThat(app.events()).hasSize(before);
    }

    @Test
    void givenChannelOverTwoCommunities_whenMembersJoin_thenRoutedInOrderAndAttributedToTheChannel() {
        CommunityId first = app.community("first", 2);
        CommunityId second = app.community("second", 2);
        String code = app.channel("POSTER", first, second);

        List<CommunityId> placed = List.of("a", "b", "c").stream().map(app::member)
                .map(m -> join(code, m).communityId()).toList();

        assertThat(placed).containsExactly(first, first, second);
        var joinedSecond = app.events(MemberJoinedCommunity.class).get(2);
        assertThat(joinedSecond.channel()).isPresent();
        assertThat(app.ports.communities().find(OLIVE_SHOP, first).orElseThrow().status()).isEqualTo(CommunityStatus.FULL);
    }

    @Test
    void givenMemberAlreadyIn_whenJoiningAgain_thenNoOpAndNoEvent() {
        CommunityId club = app.community("club", 5);
        String code = app.channel("POSTER", club);
        MemberId member = app.member("a");
        join(code, member);
        int before = app.events().size();

        var again = join(code, member);

        assertThat(again.newlyJoined()).isFalse();
        assertThat(again.memberCount()).isEqualTo(1);
        assertThat(app.events()).hasSize(before);
    }

    @Test
    void givenEveryCommunityFull_whenJoining_thenChannelExhaustedAndOnlyANewCommunityRequestIsRecorded() {
        CommunityId club = app.community("club", 1);
        String code = app.channel("POSTER", club);
        join(code, app.member("a"));
        MemberId late = app.member("late");
        int before = app.events().size();

        var refused = joining(code, late);

        assertThat(refused.getLeft().code()).isEqualTo("CHANNEL_EXHAUSTED");
        assertThat(app.events()).hasSize(before + 1);
        assertThat(app.events(NewCommunityRequested.class)).singleElement()
                .satisfies(e -> assertThat(e.code()).isEqualTo("POSTER"));
        assertThat(app.ports.memberships().findByMember(OLIVE_SHOP, late)).isEmpty();
        assertThat(app.ports.communities().find(OLIVE_SHOP, club).orElseThrow().memberCount()).isEqualTo(1);
    }

    @Test
    void givenBotThreshold_whenReachedThroughTheChannel_thenBotRequestedOnce() {
        MemberId leader = app.member("leader");
        CommunityId club = app.shequn.createCommunity().createCommunity(new CreateCommunityUseCase.Command(OLIVE_SHOP,
                "club", leader, 10, Positioning.NICHE, null, 2, null)).get().id();
        String code = app.channel("POSTER", club);
        MemberId a = app.member("a");
        join(code, a);
        join(code, app.member("b"));
        app.shequn.leaveCommunity().leaveCommunity(new LeaveCommunityUseCase.Command(OLIVE_SHOP, club, a)).get();
        join(code, a);
        join(code, app.member("c"));

        assertThat(app.events(AssistantBotRequested.class)).singleElement()
                .satisfies(e -> assertThat(e.memberCount()).isEqualTo(2));
    }

    @Test
    void givenFullCommunity_whenAMemberLeaves_thenOpenAgainAndTheNextJoinGetsTheSeat() {
        CommunityId club = app.community("club", 1);
        String code = app.channel("POSTER", club);
        MemberId a = app.member("a");
        join(code, a);

        var view = app.shequn.leaveCommunity().leaveCommunity(new LeaveCommunityUseCase.Command(OLIVE_SHOP, club, a)).get();

        assertThat(view.status()).isEqualTo(CommunityStatus.OPEN);
        assertThat(join(code, app.member("b")).newlyJoined()).isTrue();
        assertThat(app.ports.memberships().find(OLIVE_SHOP, club, a).orElseThrow().status()).isEqualTo(MembershipStatus.LEFT);
    }

    @Test
    void givenNonMember_whenLeaving_thenRefusedNotAMember() {
        CommunityId club = app.community("club", 1);

        var result = app.shequn.leaveCommunity().leaveCommunity(
                new LeaveCommunityUseCase.Command(OLIVE_SHOP, club, app.member("a")));

        assertThat(result.getLeft().code()).isEqualTo("NOT_A_MEMBER");
    }

    @Test
    void givenSpamLink_whenReportedTwice_thenWarnThenRemoveAndTheMembershipEnds() {
        MemberId leader = app.member("leader");
        CommunityId club = app.shequn.createCommunity().createCommunity(new CreateCommunityUseCase.Command(OLIVE_SHOP,
                "club", leader, 10, Positioning.NICHE, null, null,
                new ModerationSettings(Set.of("olive.example.com"), Set.of("代购"), 1, 30))).get().id();
        String code = app.channel("POSTER", club);
        MemberId spammer = app.member("spammer");
        join(code, spammer);
        ReportMessageUseCase report = app.shequn.reportMessage();

        var fine = report.reportMessage(new ReportMessageUseCase.Command(OLIVE_SHOP, club, spammer, "olive.example.com/deal")).get();
        var first = report.reportMessage(new ReportMessageUseCase.Command(OLIVE_SHOP, club, spammer, "buy at spam.cn")).get();
        app.advanceDays(10);
        var second = report.reportMessage(new ReportMessageUseCase.Command(OLIVE_SHOP, club, spammer, "专业代购")).get();

        assertThat(fine.action()).isEqualTo(ModerationAction.NONE);
        assertThat(first).isEqualTo(new ReportMessageUseCase.Result(ModerationAction.WARN, Optional.of("link-not-allowed:spam.cn")));
        assertThat(second).isEqualTo(new ReportMessageUseCase.Result(ModerationAction.REMOVE, Optional.of("banned-word:代购")));
        assertThat(app.events(MemberWarned.class)).hasSize(1);
        assertThat(app.events(MemberRemovedFromCommunity.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("moderation: banned-word:代购"));
        var membership = app.ports.memberships().find(OLIVE_SHOP, club, spammer).orElseThrow();
        assertThat(membership.status()).isEqualTo(MembershipStatus.REMOVED);
        assertThat(app.ports.communities().find(OLIVE_SHOP, club).orElseThrow().memberCount()).isZero();
        assertThat(report.reportMessage(new ReportMessageUseCase.Command(OLIVE_SHOP, club, spammer, "hi")).getLeft().code())
                .isEqualTo("NOT_A_MEMBER");
    }

    @Test
    void givenMembers_whenCapacityIsUpdatedBelowTheCount_thenRefusedAndWhenArchived_thenJoinsRefused() {
        CommunityId club = app.community("club", 5);
        String code = app.channel("POSTER", club);
        join(code, app.member("a"));
        join(code, app.member("b"));

        var tooSmall = app.shequn.updateCommunity().updateCommunity(new UpdateCommunityUseCase.Command(OLIVE_SHOP, club,
                null, null, 1, null, null, null, null, null));
        var archived = app.shequn.updateCommunity().updateCommunity(new UpdateCommunityUseCase.Command(OLIVE_SHOP, club,
                "Renamed", null, null, null, null, null, null, true)).get();

        assertThat(tooSmall.getLeft().code()).isEqualTo("CAPACITY_BELOW_MEMBER_COUNT");
        assertThat(archived.status()).isEqualTo(CommunityStatus.ARCHIVED);
        assertThat(archived.name()).isEqualTo("Renamed");
        assertThat(archived.capacity()).isEqualTo(5);
        assertThat(joining(code, app.member("c")).getLeft().code()).isEqualTo("CHANNEL_EXHAUSTED");
    }

    @Test
    void givenChannelCodeTakenOrUnknownCommunity_whenCreatingChannel_thenRefused() {
        CommunityId club = app.community("club", 5);
        app.channel("POSTER", club);

        var taken = app.shequn.createJoinChannel().createJoinChannel(
                new CreateJoinChannelUseCase.Command(OLIVE_SHOP, "Again", "POSTER", List.of(club)));
        var unknown = app.shequn.createJoinChannel().createJoinChannel(
                new CreateJoinChannelUseCase.Command(OLIVE_SHOP, "Other", "OTHER", List.of(new CommunityId("nope"))));
        var generated = app.shequn.createJoinChannel().createJoinChannel(
                new CreateJoinChannelUseCase.Command(OLIVE_SHOP, "Generated", null, List.of(club))).get();

        assertThat(taken.getLeft()).isEqualTo(new UseCaseError.AlreadyExists("channel code", "POSTER"));
        assertThat(unknown.getLeft()).isEqualTo(new UseCaseError.NotFound("community", "nope"));
        assertThat(generated.code()).matches("[A-Z2-7]{8}");
    }
}
