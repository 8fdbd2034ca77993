package dev.shequn.domain.referral;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.referral.BindingRejection.Reason;
import dev.shequn.domain.shared.MerchantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BindingTest {

    static final MerchantId SHOP = new MerchantId("olive-shop");
    static final MemberId ALICE = new MemberId("alice");
    static final MemberId BOB = new MemberId("bob");
    static final MemberId CAROL = new MemberId("carol");
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final ReferralSettings SETTINGS = ReferralSettings.defaults(SHOP, Currency.getInstance("CNY"));

    static BindingFacts newcomer(MemberId invitee) {
        return new BindingFacts(invitee, Optional.empty(), Optional.empty(), false, List.of(), FraudSignals.none(),
                false, false);
    }

    @Test
    void givenNewcomer_whenBound_thenReferralNamesTheInviterAndIsClean() {
        Inviter alice = Inviter.create(SHOP, ALICE);

        Binding.Bound bound = Binding.bind(alice, newcomer(BOB), SETTINGS, T0).get();

        assertThat(bound.referral().inviter()).isEqualTo(ALICE);
        assertThat(bound.referral().invitee()).isEqualTo(BOB);
        assertThat(bound.referral().flags()).isEmpty();
        assertThat(bound.event().inviter()).isEqualTo(ALICE);
        assertThat(alice.bindingsSince(T0)).isEqualTo(1);
    }

    @Test
    void givenSelfInvite_whenBinding_thenRefusedAsSelfInvite() {
        assertThat(Binding.bind(Inviter.create(SHOP, ALICE), newcomer(ALICE), SETTINGS, T0).getLeft().reason())
                .isEqualTo(Reason.SELF_INVITE);
    }

    @Test
    void givenInviteeBoundToFirstInviter_whenSecondInviterBinds_thenRefusedAndFirstKeepsIt() {
        Referral first = Binding.bind(Inviter.create(SHOP, ALICE), newcomer(BOB), SETTINGS, T0).get().referral();
        BindingFacts again = new BindingFacts(BOB, Optional.empty(), Optional.of(first), false, List.of(),
                FraudSignals.none(), false, false);

        BindingRejection rejection = Binding.bind(Inviter.create(SHOP, CAROL), again, SETTINGS, T0).getLeft();

        assertThat(rejection.reason()).isEqualTo(Reason.ALREADY_BOUND);
        assertThat(rejection.detail()).contains("alice");
    }

    @Test
    void givenExistingMember_whenInvited_thenRefusedAsAlreadyMember() {
        BindingFacts facts = new BindingFacts(BOB, Optional.empty(), Optional.empty(), true, List.of(),
                FraudSignals.none(), false, false);
        assertThat(Binding.bind(Inviter.create(SHOP, ALICE), facts, SETTINGS, T0).getLeft().reason())
                .isEqualTo(Reason.ALREADY_MEMBER);
    }

    @Test
    void givenAInvitedBAndBInvitedC_whenCInvitesA_thenRefusedAsCycle() {
        // C's chain upwards is B, then A: A may not become C's invitee.
        BindingFacts facts = new BindingFacts(ALICE, Optional.empty(), Optional.empty(), false, List.of(BOB, ALICE),
                FraudSignals.none(), false, false);
        assertThat(Binding.bind(Inviter.create(SHOP, CAROL), facts, SETTINGS, T0).getLeft().reason())
                .isEqualTo(Reason.CYCLE);
        BindingFacts direct = new BindingFacts(ALICE, Optional.empty(), Optional.empty(), false, List.of(ALICE),
                FraudSignals.none(), false, false);
        assertThat(Binding.bind(Inviter.create(SHOP, BOB), direct, SETTINGS, T0).getLeft().reason())
                .isEqualTo(Reason.CYCLE);
    }

    @Test
    void givenInviterAtItsDailyCap_whenBindingAnother_thenRefusedUntilTheMerchantsNextDay() {
        ReferralSettings capTwo = new ReferralSettings(SHOP, 2, 10, Duration.ofDays(7),
                SETTINGS.withdrawalMinimum(), SETTINGS.dayOffset(), 0);
        Inviter alice = Inviter.create(SHOP, ALICE);
        // 10:00 UTC is 18:00 in UTC+8; the merchant's next day starts at 16:00 UTC.
        Binding.bind(alice, newcomer(new MemberId("n1")), capTwo, T0).get();
        Binding.bind(alice, newcomer(new MemberId("n2")), capTwo, T0.plusSeconds(60)).get();

        assertThat(Binding.bind(alice, newcomer(new MemberId("n3")), capTwo, T0.plusSeconds(120)).getLeft().reason())
                .isEqualTo(Reason.DAILY_CAP_REACHED);
        assertThat(Binding.bind(alice, newcomer(new MemberId("n3")), capTwo, Instant.parse("2026-03-01T16:00:00Z")).isRight())
                .isTrue();
    }

    @Test
    void givenReusedDeviceAndFastInviter_whenBound_thenReferralKeepsSignalsAndFlags() {
        ReferralSettings alertAtTwo = new ReferralSettings(SHOP, 50, 2, Duration.ofDays(7),
                SETTINGS.withdrawalMinimum(), SETTINGS.dayOffset(), 0);
        Inviter alice = Inviter.create(SHOP, ALICE);
        Binding.bind(alice, newcomer(new MemberId("n1")), alertAtTwo, T0).get();
        Binding.bind(alice, newcomer(new MemberId("n2")), alertAtTwo, T0.plusSeconds(60)).get();
        FraudSignals signals = new FraudSignals(Optional.of("dev-123"), Optional.of("ph-9"));
        BindingFacts facts = new BindingFacts(BOB, Optional.empty(), Optional.empty(), false, List.of(), signals,
                true, false);

        Referral referral = Binding.bind(alice, facts, alertAtTwo, T0.plusSeconds(120)).get().referral();

        assertThat(referral.signals()).isEqualTo(signals);
        assertThat(referral.invitesInPastHour()).isEqualTo(3);
        assertThat(referral.flags()).containsExactlyInAnyOrder(FraudFlag.DEVICE_REUSED, FraudFlag.VELOCITY_EXCEEDED);
        assertThat(Binding.bind(alice, newcomer(CAROL), alertAtTwo, T0.plus(Duration.ofHours(2))).get()
                .referral().flags()).as("an hour later the pace is normal again").isEmpty();
    }

    @Test
    void givenReferral_whenPurchasesRecorded_thenOnlyTheFirstOrderIsFirst() {
        Referral referral = Binding.bind(Inviter.create(SHOP, ALICE), newcomer(BOB), SETTINGS, T0).get().referral();

        assertThat(referral.recordPurchase("o1")).isTrue();
        assertThat(referral.recordPurchase("o1")).as("the same order again").isTrue();
        assertThat(referral.recordPurchase("o2")).isFalse();
    }
}
