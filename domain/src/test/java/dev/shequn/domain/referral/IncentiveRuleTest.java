package dev.shequn.domain.referral;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.domain.ledger.Amount;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.referral.WithheldReason.Code;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class IncentiveRuleTest {

    static final MerchantId SHOP = BindingTest.SHOP;
    static final Currency CNY = Currency.getInstance("CNY");
    static final Instant T0 = BindingTest.T0;
    static final MemberId ALICE = BindingTest.ALICE;
    static final MemberId BOB = BindingTest.BOB;

    static Referral aliceInvitedBob() {
        return Binding.bind(Inviter.create(SHOP, ALICE), BindingTest.newcomer(BOB), BindingTest.SETTINGS, T0).get()
                .referral();
    }

    @Test
    void seedRule_bringANewMemberIntoTheGroupAndYouBothGetAHalfPriceCoupon() {
        IncentiveRule rule = IncentiveRule.create("bring-a-friend", SHOP, IncentiveRule.Definition.of(
                "bring a new member into the group, both get a half-price coupon", Trigger.INVITEE_JOINED,
                Beneficiary.BOTH, new Reward.Coupon("half-price")));
        Occurrence joined = new Occurrence(Trigger.INVITEE_JOINED, BOB, Optional.of(aliceInvitedBob()),
                Occurrence.ONCE, Optional.empty(), Optional.empty(), T0);

        assertThat(rule.appliesTo(joined)).isTrue();
        List<Optional<MemberId>> beneficiaries = rule.definition().beneficiary().roles().stream()
                .map(joined::memberIn).toList();
        assertThat(beneficiaries).containsExactly(Optional.of(ALICE), Optional.of(BOB));
        for (int i = 0; i < 2; i++) {
            IncentiveRule.Decision decision = rule.decide(joined, 0, 0).get();
            assertThat(decision.reward()).isEqualTo(new Reward.Coupon("half-price"));
            assertThat(decision.bookable()).isEmpty();
        }
        assertThat(rule.granted()).isEqualTo(2);
    }

    @Test
    void seedRule_aFriendWhoTopsUpEarnsTheInviterAFivePercentCashRebate() {
        IncentiveRule rule = IncentiveRule.create("top-up-rebate", SHOP, IncentiveRule.Definition.of(
                "a friend who tops up earns the inviter 5%", Trigger.INVITEE_TOP_UP, Beneficiary.INVITER,
                new Reward.PercentCash(new BigDecimal("5"))));
        Occurrence topUp = new Occurrence(Trigger.INVITEE_TOP_UP, BOB, Optional.of(aliceInvitedBob()), "tu-1",
                Optional.of(Money.of("200.00", CNY)), Optional.empty(), T0);

        assertThat(rule.definition().beneficiary().roles()).containsExactly(Beneficiary.Role.INVITER);
        assertThat(topUp.memberIn(Beneficiary.Role.INVITER)).contains(ALICE);
        assertThat(rule.decide(topUp, 0, 0).get().bookable()).contains(Amount.cash(Money.of("10.00", CNY)));
        Occurrence small = new Occurrence(Trigger.INVITEE_TOP_UP, BOB, Optional.of(aliceInvitedBob()), "tu-2",
                Optional.of(Money.of("0.30", CNY)), Optional.empty(), T0);
        assertThat(rule.decide(small, 0, 0).get().bookable()).as("0.015 rounds half-up once")
                .contains(Amount.cash(Money.of("0.02", CNY)));
        Occurrence tiny = new Occurrence(Trigger.INVITEE_TOP_UP, BOB, Optional.of(aliceInvitedBob()), "tu-3",
                Optional.of(Money.of("0.09", CNY)), Optional.empty(), T0);
        assertThat(rule.decide(tiny, 0, 0).getLeft().code()).isEqualTo(Code.NOTHING_TO_PAY);
    }

    @Test
    void givenCapsBudgetAndWindow_whenDeciding_thenEachLimitWithholdsWithItsReason() {
        IncentiveRule rule = IncentiveRule.create("r", SHOP, new IncentiveRule.Definition("points for joining",
                Trigger.INVITEE_JOINED, Beneficiary.INVITER, new Reward.Points(40), OptionalLong.of(2),
                OptionalLong.of(5), Optional.of(T0), Optional.of(T0.plusSeconds(3600)), OptionalLong.of(100), true));
        Occurrence joined = new Occurrence(Trigger.INVITEE_JOINED, BOB, Optional.of(aliceInvitedBob()),
                Occurrence.ONCE, Optional.empty(), Optional.empty(), T0);

        assertThat(rule.decide(joined, 2, 2).getLeft().code()).isEqualTo(Code.DAILY_CAP_REACHED);
        assertThat(rule.decide(joined, 0, 5).getLeft().code()).isEqualTo(Code.TOTAL_CAP_REACHED);
        assertThat(rule.decide(joined, 0, 0).isRight()).isTrue();
        assertThat(rule.decide(joined, 0, 0).isRight()).isTrue();
        assertThat(rule.decide(joined, 0, 0).getLeft().code()).as("40 + 40 + 40 > 100").isEqualTo(Code.BUDGET_EXHAUSTED);
        assertThat(rule.spent()).isEqualTo(80);
        Occurrence late = new Occurrence(Trigger.INVITEE_JOINED, BOB, Optional.of(aliceInvitedBob()),
                Occurrence.ONCE, Optional.empty(), Optional.empty(), T0.plusSeconds(3600));
        assertThat(rule.appliesTo(late)).isFalse();
    }

    @Test
    void givenFlaggedReferral_whenDeciding_thenWithheldNamingTheFlags() {
        BindingFacts reusedDevice = new BindingFacts(BOB, Optional.empty(), Optional.empty(), false, List.of(),
                new FraudSignals(Optional.of("d"), Optional.empty()), true, false);
        Referral flagged = Binding.bind(Inviter.create(SHOP, ALICE), reusedDevice, BindingTest.SETTINGS, T0).get()
                .referral();
        IncentiveRule rule = IncentiveRule.create("r", SHOP, IncentiveRule.Definition.of("join", Trigger.INVITEE_JOINED,
                Beneficiary.INVITER, new Reward.Points(10)));

        WithheldReason why = rule.decide(new Occurrence(Trigger.INVITEE_JOINED, BOB, Optional.of(flagged),
                Occurrence.ONCE, Optional.empty(), Optional.empty(), T0), 0, 0).getLeft();

        assertThat(why.code()).isEqualTo(Code.FRAUD_SUSPECTED);
        assertThat(why.detail()).contains("DEVICE_REUSED");
        assertThat(rule.spent()).isZero();
    }
}
