package dev.shequn.adapter.persistence.contract;

import static dev.shequn.domain.testing.Fixtures.CNY;
import static dev.shequn.domain.testing.Fixtures.KEEP_A_YEAR;
import static dev.shequn.domain.testing.Fixtures.OLIVE_SHOP;
import static dev.shequn.domain.testing.Fixtures.T0;
import static dev.shequn.domain.testing.Fixtures.aCommunity;
import static dev.shequn.domain.testing.Fixtures.cny;
import static dev.shequn.domain.testing.Fixtures.noTagRules;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.shequn.application.OutPorts;
import dev.shequn.application.port.out.EventOutbox.StoredEvent;
import dev.shequn.domain.community.ChannelId;
import dev.shequn.domain.community.Community;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.CommunitySettings;
import dev.shequn.domain.community.CommunityStatus;
import dev.shequn.domain.community.JoinChannel;
import dev.shequn.domain.community.Membership;
import dev.shequn.domain.community.ModerationPolicy;
import dev.shequn.domain.community.ModerationRecord;
import dev.shequn.domain.community.Positioning;
import dev.shequn.domain.community.TierStandingCheck;
import dev.shequn.domain.member.AgeBand;
import dev.shequn.domain.member.Gender;
import dev.shequn.domain.member.Member;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.member.Portrait;
import dev.shequn.domain.member.TagRules;
import dev.shequn.domain.member.TierStanding;
import dev.shequn.domain.merchant.Merchant;
import dev.shequn.domain.merchant.MerchantCreated;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.tier.QualificationRule;
import dev.shequn.domain.tier.Tier;
import dev.shequn.domain.tier.TierBenefits;
import dev.shequn.domain.tier.TierLadder;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract every storage adapter keeps: round trips, optimistic versions, uniqueness within a merchant,
 * keyset paging, merchant isolation, and all-or-nothing units of work. Subclass it per adapter (in-memory, H2,
 * PostgreSQL) and hand it fresh, empty ports.
 */
public abstract class OutPortsContract {

    private static final MerchantId OTHER_SHOP = new MerchantId("other-shop");

    protected OutPorts ports;

    /** Fresh, empty storage for each test. */
    protected abstract OutPorts freshPorts();

    @BeforeEach
    void setUp() {
        ports = freshPorts();
        ports.unitOfWork().inTransaction(() -> {
            ports.merchants().save(Merchant.create(OLIVE_SHOP, "Olive shop", CNY, T0));
            return ports.merchants().save(Merchant.create(OTHER_SHOP, "Other shop", CNY, T0));
        });
    }

    private <T> T tx(java.util.function.Supplier<T> work) {
        return ports.unitOfWork().inTransaction(work);
    }

    @Test
    void givenSavedMerchant_whenFound_thenSameFieldsAtVersionOneAndASecondCreateIsRefused() {
        Merchant found = tx(() -> ports.merchants().find(OLIVE_SHOP)).orElseThrow();

        assertThat(found).isEqualTo(Merchant.reconstitute(OLIVE_SHOP, "Olive shop", CNY, T0, 1));
        assertThat(tx(() -> ports.merchants().save(Merchant.create(OLIVE_SHOP, "Again", CNY, T0)))).isFalse();
    }

    @Test
    void givenCommunity_whenSavedTwiceFromTheSameRead_thenTheSecondSaveLosesAndChangesNothing() {
        Community community = aCommunity("c1").withCapacity(2).build();
        assertThat(tx(() -> ports.communities().save(community))).isTrue();
        Community first = tx(() -> ports.communities().find(OLIVE_SHOP, community.id())).orElseThrow();
        Community second = tx(() -> ports.communities().find(OLIVE_SHOP, community.id())).orElseThrow();

        first.join(new MemberId("m1"), Optional.empty(), Optional.empty(), Optional.empty(), TierStandingCheck.noTiers(), T0);
        second.join(new MemberId("m2"), Optional.empty(), Optional.empty(), Optional.empty(), TierStandingCheck.noTiers(), T0);

        assertThat(tx(() -> ports.communities().save(first))).isTrue();
        assertThat(tx(() -> ports.communities().save(second))).isFalse();
        Community stored = tx(() -> ports.communities().find(OLIVE_SHOP, community.id())).orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.memberCount()).isEqualTo(1);
    }

    @Test
    void givenCommunityWithEverySetting_whenRoundTripped_thenAllFieldsSurvive() {
        CommunitySettings settings = new CommunitySettings("Olive club", new MemberId("leader"), 3,
                Positioning.LOW_FREQUENCY, Optional.of("senior"), 2,
                new ModerationPolicy(Set.of("jd.com"), Set.of("代购"), 2, Duration.ofDays(7)));
        Community community = Community.create(new CommunityId("c1"), OLIVE_SHOP, settings, T0);
        community.join(new MemberId("m1"), Optional.empty(), Optional.empty(), Optional.empty(), t -> true, T0);
        community.join(new MemberId("m2"), Optional.empty(), Optional.empty(), Optional.empty(), t -> true, T0);
        tx(() -> ports.communities().save(community));

        Community found = tx(() -> ports.communities().find(OLIVE_SHOP, community.id())).orElseThrow();

        assertThat(found.settings()).isEqualTo(settings);
        assertThat(found.memberCount()).isEqualTo(2);
        assertThat(found.botRequested()).isTrue();
        assertThat(found.status()).isEqualTo(CommunityStatus.OPEN);
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(tx(() -> ports.communities().find(OTHER_SHOP, community.id()))).isEmpty();
    }

    @Test
    void givenSeveralCommunities_whenFoundAll_thenInTheOrderAskedAndOnlyThoseThatExist() {
        tx(() -> ports.communities().save(aCommunity("a").build()) && ports.communities().save(aCommunity("b").build()));

        List<Community> found = tx(() -> ports.communities().findAll(OLIVE_SHOP,
                List.of(new CommunityId("b"), new CommunityId("missing"), new CommunityId("a"))));

        assertThat(found).extracting(Community::id).containsExactly(new CommunityId("b"), new CommunityId("a"));
    }

    @Test
    void givenMembership_whenRoundTripped_thenEveryFieldSurvivesAndItIsFoundByMember() {
        Community community = aCommunity("c1").build();
        Membership membership = community.join(new MemberId("m1"), Optional.empty(), Optional.of(new ChannelId("ch1")),
                Optional.of(new MemberId("friend")), TierStandingCheck.noTiers(), T0).get().membership();
        community.remove(membership, "spam", T0.plusSeconds(60));
        assertThat(tx(() -> ports.memberships().save(membership))).isTrue();

        Membership found = tx(() -> ports.memberships().find(OLIVE_SHOP, community.id(), new MemberId("m1"))).orElseThrow();

        assertThat(found.version()).isEqualTo(1);
        assertThat(found.channel()).contains(new ChannelId("ch1"));
        assertThat(found.inviter()).contains(new MemberId("friend"));
        assertThat(found.removalReason()).contains("spam");
        assertThat(found.endedAt()).contains(T0.plusSeconds(60));
        assertThat(tx(() -> ports.memberships().findByMember(OLIVE_SHOP, new MemberId("m1")))).hasSize(1);
        assertThat(tx(() -> ports.memberships().save(membership))).isFalse();
    }

    @Test
    void givenMemberWithOrdersTagsAndStanding_whenRoundTripped_thenEverythingSurvives() {
        Member member = Member.create(new MemberId("m1"), OLIVE_SHOP, "wx-1", CNY,
                new Portrait(Optional.of(Gender.MALE), Optional.of(AgeBand.FROM_35_TO_44), Optional.of("Chengdu")),
                Set.of("vip"), T0);
        TagRules rules = new TagRules(OLIVE_SHOP, Optional.of(cny("10")), true, Optional.of(30), 0);
        member.recordPaidOrder("o1", cny("12.34"), Set.of("oil"), T0, rules, KEEP_A_YEAR, T0);
        member.recordRefund("o1", cny("1.00"), rules, T0);
        member.changeTierStanding(new TierStanding(Optional.of("senior"), Optional.of(T0)));
        tx(() -> ports.members().save(member));

        Member found = tx(() -> ports.members().find(OLIVE_SHOP, member.id())).orElseThrow();

        assertThat(found.externalId()).isEqualTo("wx-1");
        assertThat(found.portrait()).isEqualTo(member.portrait());
        assertThat(found.manualTags()).isEqualTo(member.manualTags());
        assertThat(found.automaticTags()).isEqualTo(member.automaticTags());
        assertThat(found.metrics()).isEqualTo(member.metrics());
        assertThat(found.recentOrders()).isEqualTo(member.recentOrders());
        assertThat(found.tierStanding()).isEqualTo(member.tierStanding());
        assertThat(found.version()).isEqualTo(1);
        assertThat(tx(() -> ports.members().findByExternalId(OLIVE_SHOP, "wx-1"))).isPresent();
        assertThat(tx(() -> ports.members().findByExternalId(OTHER_SHOP, "wx-1"))).isEmpty();
    }

    @Test
    void givenExternalIdTaken_whenAnotherMemberIsSavedWithIt_thenRefusedButAnotherMerchantMayUseIt() {
        tx(() -> ports.members().save(Member.create(new MemberId("m1"), OLIVE_SHOP, "wx-1", CNY, Portrait.unknown(), Set.of(), T0)));

        assertThat(tx(() -> ports.members().save(
                Member.create(new MemberId("m2"), OLIVE_SHOP, "wx-1", CNY, Portrait.unknown(), Set.of(), T0)))).isFalse();
        assertThat(tx(() -> ports.members().save(
                Member.create(new MemberId("m1"), OTHER_SHOP, "wx-1", CNY, Portrait.unknown(), Set.of(), T0)))).isTrue();
    }

    @Test
    void givenMembersOfTwoMerchants_whenPaged_thenKeysetOrderWithinOneMerchantOnly() {
        tx(() -> {
            for (String id : List.of("m3", "m1", "m5", "m2", "m4")) {
                ports.members().save(Member.create(new MemberId(id), OLIVE_SHOP, "x" + id, CNY, Portrait.unknown(), Set.of(), T0));
            }
            return ports.members().save(Member.create(new MemberId("m0"), OTHER_SHOP, "x", CNY, Portrait.unknown(), Set.of(), T0));
        });

        List<Member> first = tx(() -> ports.members().findPage(OLIVE_SHOP, Optional.empty(), 2));
        List<Member> second = tx(() -> ports.members().findPage(OLIVE_SHOP, Optional.of(new MemberId("m2")), 2));
        List<Member> last = tx(() -> ports.members().findPage(OLIVE_SHOP, Optional.of(new MemberId("m4")), 2));

        assertThat(first).extracting(m -> m.id().value()).containsExactly("m1", "m2");
        assertThat(second).extracting(m -> m.id().value()).containsExactly("m3", "m4");
        assertThat(last).extracting(m -> m.id().value()).containsExactly("m5");
    }

    @Test
    void givenChannel_whenRoundTrippedAndItsCodeReused_thenPoolOrderKeptAndTheCodeRefused() {
        JoinChannel channel = JoinChannel.create(new ChannelId("ch1"), OLIVE_SHOP, "Poster", "POSTER",
                List.of(new CommunityId("c2"), new CommunityId("c1")), T0);
        assertThat(tx(() -> ports.channels().save(channel))).isTrue();

        JoinChannel found = tx(() -> ports.channels().findByCode(OLIVE_SHOP, "POSTER")).orElseThrow();

        assertThat(found.pool()).containsExactly(new CommunityId("c2"), new CommunityId("c1"));
        assertThat(found.id()).isEqualTo(new ChannelId("ch1"));
        assertThat(tx(() -> ports.channels().find(OLIVE_SHOP, new ChannelId("ch1")))).isPresent();
        assertThat(tx(() -> ports.channels().save(JoinChannel.create(new ChannelId("ch2"), OLIVE_SHOP, "Again", "POSTER",
                List.of(new CommunityId("c1")), T0)))).isFalse();
        assertThat(tx(() -> ports.channels().findByCode(OTHER_SHOP, "POSTER"))).isEmpty();
    }

    @Test
    void givenModerationRecord_whenRoundTripped_thenWarningsSurvive() {
        ModerationRecord record = ModerationRecord.create(OLIVE_SHOP, new CommunityId("c1"), new MemberId("m1"));
        record.warn(Duration.ofDays(30), T0);
        tx(() -> ports.moderation().save(record));

        ModerationRecord found = tx(() -> ports.moderation().find(OLIVE_SHOP, new CommunityId("c1"), new MemberId("m1")))
                .orElseThrow();

        assertThat(found.warnings()).containsExactly(T0);
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void givenTagRulesAndLadder_whenReplacedFromAStaleRead_thenRefused() {
        TagRules rules = new TagRules(OLIVE_SHOP, Optional.of(cny("99.99")), true, Optional.empty(), 0);
        TierLadder ladder = TierLadder.create(OLIVE_SHOP, List.of(new Tier("junior", "Junior",
                List.of(new QualificationRule.PaidOrdersInWindow(90, 1), new QualificationRule.SpendInWindow(30, cny("5"))),
                new TierBenefits(List.of("coupon-1"), List.of(new CommunityId("c1"))))), Duration.ofDays(14));
        tx(() -> ports.tagRules().save(rules) && ports.tierLadders().save(ladder));

        assertThat(tx(() -> ports.tagRules().find(OLIVE_SHOP))).contains(
                new TagRules(OLIVE_SHOP, Optional.of(cny("99.99")), true, Optional.empty(), 1));
        assertThat(tx(() -> ports.tierLadders().find(OLIVE_SHOP))).contains(
                new TierLadder(OLIVE_SHOP, ladder.tiers(), Duration.ofDays(14), 1));
        assertThat(tx(() -> ports.tagRules().save(noTagRules()))).isFalse();
        assertThat(tx(() -> ports.tierLadders().save(ladder))).isFalse();
    }

    @Test
    void givenEvents_whenAppended_thenSequencesGrowAndEachMerchantReadsOnlyItsOwn() {
        List<Long> sequences = tx(() -> ports.outbox().append(List.of(
                new MerchantCreated(OLIVE_SHOP, "a", "CNY", T0), new MerchantCreated(OTHER_SHOP, "b", "CNY", T0),
                new MerchantCreated(OLIVE_SHOP, "c", "CNY", T0))));

        // Numbers grow per merchant (the port's promise); the JDBC outbox numbers each merchant from 1.
        assertThat(sequences).hasSize(3);
        assertThat(sequences.get(2)).isGreaterThan(sequences.get(0));
        List<StoredEvent> olive = tx(() -> ports.outbox().readAfter(OLIVE_SHOP, 0, 10));
        assertThat(olive).extracting(StoredEvent::sequence).containsExactly(sequences.get(0), sequences.get(2));
        assertThat(tx(() -> ports.outbox().readAfter(OLIVE_SHOP, sequences.get(0), 10))).hasSize(1);
        assertThat(tx(() -> ports.outbox().readAfter(OLIVE_SHOP, 0, 1))).hasSize(1);
    }

    @Test
    void givenWorkThatThrows_whenInAUnitOfWork_thenItsSavesAndEventsAreRolledBack() {
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> tx(() -> {
            ports.communities().save(aCommunity("c1").build());
            ports.outbox().append(List.of(new MerchantCreated(OLIVE_SHOP, "a", "CNY", T0)));
            throw new IllegalStateException("boom");
        }));

        assertThat(tx(() -> ports.communities().find(OLIVE_SHOP, new CommunityId("c1")))).isEmpty();
        assertThat(tx(() -> ports.outbox().readAfter(OLIVE_SHOP, 0, 10))).isEmpty();
    }

    @Test
    void givenNewMemberAndChannelRolledBack_whenTheirExternalIdAndCodeAreUsedAgain_thenBothAreFree() {
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> tx(() -> {
            ports.members().save(Member.create(new MemberId("m1"), OLIVE_SHOP, "wx-1", CNY, Portrait.unknown(), Set.of(), T0));
            ports.channels().save(JoinChannel.create(new ChannelId("ch1"), OLIVE_SHOP, "Poster", "POSTER",
                    List.of(new CommunityId("c1")), T0));
            throw new IllegalStateException("boom");
        }));

        assertThat(tx(() -> ports.members().findByExternalId(OLIVE_SHOP, "wx-1"))).isEmpty();
        assertThat(tx(() -> ports.channels().findByCode(OLIVE_SHOP, "POSTER"))).isEmpty();
        assertThat(tx(() -> ports.members().save(
                Member.create(new MemberId("m2"), OLIVE_SHOP, "wx-1", CNY, Portrait.unknown(), Set.of(), T0)))).isTrue();
        assertThat(tx(() -> ports.channels().save(JoinChannel.create(new ChannelId("ch2"), OLIVE_SHOP, "Poster",
                "POSTER", List.of(new CommunityId("c1")), T0)))).isTrue();
    }

    @Test
    void givenMembersWhoseIdsShareAPrefix_whenTheirMembershipsAreListed_thenEachGetsOnlyTheirOwn() {
        Community a = aCommunity("a").build();
        Community b = aCommunity("b").build();
        tx(() -> {
            for (String member : List.of("m1", "m10")) {
                for (Community c : List.of(b, a)) {
                    ports.memberships().save(c.join(new MemberId(member), Optional.empty(), Optional.empty(),
                            Optional.empty(), TierStandingCheck.noTiers(), T0).get().membership());
                }
            }
            return null;
        });

        List<Membership> m1 = tx(() -> ports.memberships().findByMember(OLIVE_SHOP, new MemberId("m1")));

        assertThat(m1).extracting(Membership::communityId).containsExactly(a.id(), b.id());
        assertThat(m1).allSatisfy(m -> assertThat(m.memberId()).isEqualTo(new MemberId("m1")));
        assertThat(tx(() -> ports.memberships().findByMember(OTHER_SHOP, new MemberId("m1")))).isEmpty();
    }

    @Test
    void givenSavedAggregate_whenTheCallerChangesItsCopy_thenStorageIsUnchangedUntilSaved() {
        Community community = aCommunity("c1").build();
        tx(() -> ports.communities().save(community));
        Community copy = tx(() -> ports.communities().find(OLIVE_SHOP, community.id())).orElseThrow();

        copy.join(new MemberId("m1"), Optional.empty(), Optional.empty(), Optional.empty(), TierStandingCheck.noTiers(), T0);

        assertThat(tx(() -> ports.communities().find(OLIVE_SHOP, community.id())).orElseThrow().memberCount()).isZero();
    }
}
