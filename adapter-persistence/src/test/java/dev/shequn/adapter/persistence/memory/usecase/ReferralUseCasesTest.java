package dev.shequn.adapter.persistence.memory.usecase;

import static dev.shequn.adapter.persistence.memory.usecase.ReferralsApp.cny;
import static dev.shequn.domain.testing.Fixtures.OLIVE_SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.port.in.ApplyOrderPaidUseCase;
import dev.shequn.application.port.in.ApplyOrderRefundUseCase;
import dev.shequn.application.port.in.BindInviteeUseCase;
import dev.shequn.application.port.in.CreateInviteCodeUseCase;
import dev.shequn.application.port.in.ReadLedgerUseCase;
import dev.shequn.application.port.in.CreateJoinChannelUseCase;
import dev.shequn.application.port.in.DecideWithdrawalUseCase;
import dev.shequn.application.port.in.JoinThroughChannelUseCase;
import dev.shequn.application.port.in.ReleaseFrozenCreditsUseCase;
import dev.shequn.application.port.in.ReportShareUseCase;
import dev.shequn.application.port.in.ReportTopUpUseCase;
import dev.shequn.application.port.in.RequestWithdrawalUseCase;
import dev.shequn.application.port.in.RewardView;
import dev.shequn.application.port.in.SetCommissionPlanUseCase;
import dev.shequn.application.port.in.SetIncentiveRuleUseCase;
import dev.shequn.application.port.in.SetReferralSettingsUseCase;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.ledger.Account;
import dev.shequn.domain.ledger.AccountType;
import dev.shequn.domain.ledger.Asset;
import dev.shequn.domain.ledger.LedgerEntry;
import dev.shequn.domain.ledger.LedgerEvents.LedgerEntryPosted;
import dev.shequn.domain.ledger.Movement;
import dev.shequn.domain.ledger.Withdrawal;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.referral.Beneficiary;
import dev.shequn.domain.referral.FraudFlag;
import dev.shequn.domain.referral.InviteCode;
import dev.shequn.domain.referral.ReferralEvents.InviteeBound;
import dev.shequn.domain.referral.ReferralEvents.RewardGranted;
import dev.shequn.domain.referral.ReferralEvents.RewardWithheld;
import dev.shequn.domain.referral.Reward;
import dev.shequn.domain.referral.Trigger;
import dev.shequn.domain.referral.WithheldReason;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferralUseCasesTest {

    private final ReferralsApp r = new ReferralsApp();

    @Test
    void seedRule_bringANewMemberIntoTheGroupAndYouBothGetAHalfPriceCoupon() {
        r.setRule(ReferralsApp.couponRule("bring-a-friend", Trigger.INVITEE_JOINED, Beneficiary.BOTH, "half-price"));
        MemberId alice = r.member("alice");
        MemberId bob = r.member("bob");
        CommunityId club = r.community("Olive club", r.member("leader"));
        String code = r.app.shequn.createJoinChannel().createJoinChannel(new CreateJoinChannelUseCase.Command(
                OLIVE_SHOP, "Flyer", "flyer-1", List.of(club))).get().code();
        JoinThroughChannelUseCase join = r.referrals.joinThroughChannel(r.app.shequn.joinThroughChannel());

        assertThat(join.joinThroughChannel(new JoinThroughChannelUseCase.Command(OLIVE_SHOP, code, bob, alice)).get()
                .newlyJoined()).isTrue();

        assertThat(r.coupons.granted()).extracting(RecordingCoupons.Granted::member, RecordingCoupons.Granted::templateId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(alice, "half-price"),
                        org.assertj.core.groups.Tuple.tuple(bob, "half-price"));
        assertThat(r.app.events(InviteeBound.class)).singleElement()
                .satisfies(e -> assertThat(e.inviter()).isEqualTo(alice));
        assertThat(r.app.events(RewardGranted.class)).extracting(RewardGranted::beneficiary)
                .containsExactlyInAnyOrder(alice, bob);
        assertThat(r.adapters.referrals().findByInvitee(OLIVE_SHOP, bob).orElseThrow().inviter()).isEqualTo(alice);
    }

    @Test
    void seedRule_aFriendWhoTopsUpEarnsTheInviterAFivePercentCashRebate() {
        r.setRule(ReferralsApp.percentRule("top-up-rebate", Trigger.INVITEE_TOP_UP, Beneficiary.INVITER, "5"));
        MemberId alice = r.member("alice");
        MemberId bob = r.member("bob");
        r.bind(bob, alice);

        List<RewardView> rewards = r.referrals.reportTopUp().reportTopUp(
                new ReportTopUpUseCase.Command(OLIVE_SHOP, bob, "tu-1", cny("200.00"))).get().rewards();
        r.referrals.reportTopUp().reportTopUp(new ReportTopUpUseCase.Command(OLIVE_SHOP, bob, "tu-1", cny("200.00"))).get();

        assertThat(rewards).singleElement().satisfies(v -> {
            assertThat(v.beneficiary()).isEqualTo(alice);
            assertThat(v.units()).contains(1000L);
            assertThat(v.frozen()).isFalse();
        });
        assertThat(r.balances(alice).cashAvailable()).as("the same top-up reported twice pays once").isEqualTo(cny("10.00"));
        assertThat(r.balances(bob).cashAvailable()).isEqualTo(cny("0.00"));
        assertThat(r.app.events(LedgerEntryPosted.class)).singleElement()
                .satisfies(e -> assertThat(e.movement()).isEqualTo(Movement.GRANT));
    }

    @Test
    void givenAMemberTheMerchantDoesNotHave_whenItsLedgerIsRead_thenNotFound() {
        r.member("alice");

        assertThat(r.referrals.readLedger().readLedger(
                new ReadLedgerUseCase.Query(OLIVE_SHOP, new MemberId("m-404"), 0, 10)).getLeft())
                .isEqualTo(new UseCaseError.NotFound("member", "m-404"));
    }

    @Test
    void givenInviteCode_whenInviteeBindsByCode_thenBoundToTheCodesOwner() {
        MemberId alice = r.member("alice");
        MemberId bob = r.member("bob");
        CreateInviteCodeUseCase.Result first = r.referrals.createInviteCode().createInviteCode(
                new CreateInviteCodeUseCase.Command(OLIVE_SHOP, alice)).get();
        CreateInviteCodeUseCase.Result again = r.referrals.createInviteCode().createInviteCode(
                new CreateInviteCodeUseCase.Command(OLIVE_SHOP, alice)).get();

        BindInviteeUseCase.Result bound = r.referrals.bindInvitee().bindInvitee(
                BindInviteeUseCase.Command.byCode(OLIVE_SHOP, bob, first.code().value().toLowerCase())).get();

        assertThat(first.created()).isTrue();
        assertThat(again).isEqualTo(new CreateInviteCodeUseCase.Result(first.code(), false));
        assertThat(bound.inviter()).isEqualTo(alice);
        assertThat(r.referrals.bindInvitee().bindInvitee(BindInviteeUseCase.Command.byCode(OLIVE_SHOP, bob, "ZZZZZZZZ"))
                .getLeft()).isEqualTo(new UseCaseError.NotFound("invite code", "ZZZZZZZZ"));
    }

    @Test
    void givenEachRefusal_whenBinding_thenReasonNamedAndNothingWritten() {
        MemberId alice = r.member("alice");
        MemberId bob = r.member("bob");
        MemberId carol = r.member("carol");
        MemberId dave = r.member("dave");
        r.bind(bob, alice);
        r.bind(carol, bob);
        r.community("Club", dave);
        CommunityId club = r.community("Club 2", r.member("leader"));
        String code = r.app.shequn.createJoinChannel().createJoinChannel(new CreateJoinChannelUseCase.Command(
                OLIVE_SHOP, "Flyer", "flyer-1", List.of(club))).get().code();
        MemberId erin = r.member("erin");
        r.app.shequn.joinThroughChannel().joinThroughChannel(new JoinThroughChannelUseCase.Command(OLIVE_SHOP, code,
                erin, null)).get();
        String aliceCode = r.referrals.createInviteCode().createInviteCode(
                new CreateInviteCodeUseCase.Command(OLIVE_SHOP, alice)).get().code().value();
        int events = r.app.events().size();

        assertThat(refusal(BindInviteeUseCase.Command.byCode(OLIVE_SHOP, alice, aliceCode))).isEqualTo("SELF_INVITE");
        assertThat(refusal(BindInviteeUseCase.Command.byInviter(OLIVE_SHOP, bob, carol))).isEqualTo("ALREADY_BOUND");
        assertThat(refusal(BindInviteeUseCase.Command.byInviter(OLIVE_SHOP, erin, alice))).isEqualTo("ALREADY_MEMBER");
        assertThat(refusal(BindInviteeUseCase.Command.byInviter(OLIVE_SHOP, alice, carol)))
                .as("alice invited bob, who invited carol").isEqualTo("CYCLE");
        assertThat(r.app.events()).hasSize(events);
        assertThat(r.referrals.bindInvitee().bindInvitee(BindInviteeUseCase.Command.byInviter(OLIVE_SHOP, bob, alice))
                .isRight()).as("the same binding again is answered, not refused").isTrue();
    }

    @Test
    void givenDailyCap_whenInviterBringsOneMore_thenRefusedUntilTheNextDay() {
        r.referrals.setReferralSettings().setReferralSettings(new SetReferralSettingsUseCase.Command(OLIVE_SHOP, 2, 10,
                7, cny("1.00"), 8)).get();
        MemberId alice = r.member("alice");
        r.bind(r.member("n1"), alice);
        r.bind(r.member("n2"), alice);
        MemberId third = r.member("n3");

        assertThat(refusal(BindInviteeUseCase.Command.byInviter(OLIVE_SHOP, third, alice))).isEqualTo("DAILY_CAP_REACHED");
        r.app.advanceDays(1);
        assertThat(r.referrals.bindInvitee().bindInvitee(BindInviteeUseCase.Command.byInviter(OLIVE_SHOP, third, alice))
                .isRight()).isTrue();
    }

    private String refusal(BindInviteeUseCase.Command command) {
        return r.referrals.bindInvitee().bindInvitee(command).getLeft().code();
    }

    @Test
    void givenReusedDevice_whenSecondInviteeJoins_thenBoundButRewardsWithheldSayingWhy() {
        r.pointsRule("join-points", Trigger.INVITEE_JOINED, Beneficiary.INVITER, 50);
        MemberId alice = r.member("alice");
        r.referrals.bindInvitee().bindInvitee(new BindInviteeUseCase.Command(OLIVE_SHOP, r.member("bob"), alice, null,
                null, "device-1", null)).get();

        BindInviteeUseCase.Result second = r.referrals.bindInvitee().bindInvitee(new BindInviteeUseCase.Command(
                OLIVE_SHOP, r.member("bob-again"), alice, null, null, "device-1", null)).get();

        assertThat(second.flags()).containsExactly(FraudFlag.DEVICE_REUSED);
        assertThat(second.rewards()).singleElement().satisfies(v -> {
            assertThat(v.granted()).isFalse();
            assertThat(v.withheld().orElseThrow().code()).isEqualTo(WithheldReason.Code.FRAUD_SUSPECTED);
            assertThat(v.withheld().orElseThrow().detail()).contains("DEVICE_REUSED");
        });
        assertThat(r.app.events(RewardWithheld.class)).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(WithheldReason.Code.FRAUD_SUSPECTED));
        assertThat(r.balances(alice).pointsAvailable()).isEqualTo(50);
    }

    @Test
    void givenShareRule_whenMemberShares_thenSharerGetsTheGiftOncePerShareWithinTheDailyCap() {
        r.setRule(new SetIncentiveRuleUseCase.Command(OLIVE_SHOP, "share-gift", "share to your feed", Trigger.SHARE_REPORTED,
                Beneficiary.INVITEE, null, null, null, null, "olive oil sample", 1L, null, null, null, null, true));
        MemberId bob = r.member("bob");

        List<RewardView> first = r.referrals.reportShare().reportShare(new ReportShareUseCase.Command(OLIVE_SHOP, bob, "s1"))
                .get().rewards();
        List<RewardView> second = r.referrals.reportShare().reportShare(new ReportShareUseCase.Command(OLIVE_SHOP, bob, "s2"))
                .get().rewards();

        assertThat(first).singleElement().satisfies(v -> assertThat(v.reward()).isEqualTo(new Reward.Gift("olive oil sample")));
        assertThat(second).singleElement().satisfies(v ->
                assertThat(v.withheld().orElseThrow().code()).isEqualTo(WithheldReason.Code.DAILY_CAP_REACHED));
        assertThat(r.app.events(RewardGranted.class)).singleElement()
                .satisfies(e -> assertThat(e.gift()).contains("olive oil sample"));
    }

    @Test
    void givenSoldOutCouponTemplate_whenRewarding_thenWithheldAsCouponUnavailableAndBudgetKept() {
        r.setRule(ReferralsApp.couponRule("sold", Trigger.INVITEE_JOINED, Beneficiary.INVITEE, "sold-out"));
        MemberId alice = r.member("alice");
        BindInviteeUseCase.Result bound = r.referrals.bindInvitee().bindInvitee(
                BindInviteeUseCase.Command.byInviter(OLIVE_SHOP, r.member("bob"), alice)).get();

        assertThat(bound.rewards()).singleElement().satisfies(v ->
                assertThat(v.withheld().orElseThrow().code()).isEqualTo(WithheldReason.Code.COUPON_UNAVAILABLE));
        assertThat(r.adapters.incentives().findRule(OLIVE_SHOP, "sold").orElseThrow().granted()).isZero();
    }

    @Test
    void givenOrderInLeadersCommunity_whenPaidRefundedReleasedAndRefundedAgain_thenRewardsFollowTheOrderExactly() {
        MemberId up = r.member("up");
        MemberId leader = r.member("leader");
        MemberId alice = r.member("alice");
        MemberId bob = r.member("bob");
        r.bind(leader, up);
        r.bind(bob, alice);
        CommunityId club = r.community("Olive club", leader);
        r.referrals.setCommissionPlan().setCommissionPlan(new SetCommissionPlanUseCase.Command(OLIVE_SHOP, club,
                new BigDecimal("10"), new BigDecimal("2"))).get();
        r.pointsRule("first-buy", Trigger.INVITEE_FIRST_PURCHASE, Beneficiary.INVITER, 101);

        ApplyOrderPaidUseCase.Result paid = r.referrals.applyOrderPaid().applyOrderPaid(new ApplyOrderPaidUseCase.Command(
                OLIVE_SHOP, "o1", bob, club, cny("99.90"), null)).get();
        r.referrals.applyOrderPaid().applyOrderPaid(new ApplyOrderPaidUseCase.Command(OLIVE_SHOP, "o1", bob, club,
                cny("99.90"), null)).get();
        ApplyOrderPaidUseCase.Result second = r.referrals.applyOrderPaid().applyOrderPaid(
                new ApplyOrderPaidUseCase.Command(OLIVE_SHOP, "o2", bob, null, cny("10.00"), null)).get();

        assertThat(paid.rewards()).singleElement().satisfies(v -> assertThat(v.frozen()).isTrue());
        assertThat(paid.commissions()).extracting(ApplyOrderPaidUseCase.CommissionView::beneficiary,
                ApplyOrderPaidUseCase.CommissionView::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(leader, cny("9.99")), org.assertj.core.groups.Tuple.tuple(up, cny("2.00")));
        assertThat(second.rewards()).as("only the first purchase").isEmpty();
        assertThat(r.balances(alice).pointsFrozen()).isEqualTo(101);
        assertThat(r.balances(leader).cashFrozen()).as("reported twice, paid once").isEqualTo(cny("9.99"));

        // Half refunded inside the window: taken back from frozen credit, half-up (50.5 -> 51 points, 4.995 -> 5.00).
        List<ApplyOrderRefundUseCase.Reversal> reversed = r.referrals.applyOrderRefund().applyOrderRefund(
                new ApplyOrderRefundUseCase.Command(OLIVE_SHOP, "o1", "rf1", cny("49.95"))).get().reversals();
        assertThat(reversed).extracting(ApplyOrderRefundUseCase.Reversal::movement).containsOnly(Movement.REVERSAL);
        assertThat(r.balances(alice).pointsFrozen()).isEqualTo(50);
        assertThat(r.balances(leader).cashFrozen()).isEqualTo(cny("4.99"));
        assertThat(r.balances(up).cashFrozen()).isEqualTo(cny("1.00"));

        r.app.advanceDays(6);
        assertThat(release()).as("the window is still open").isZero();
        r.app.advanceDays(1);
        assertThat(release()).isEqualTo(3);
        assertThat(release()).isZero();
        assertThat(r.balances(leader).cashAvailable()).isEqualTo(cny("4.99"));
        assertThat(r.balances(leader).cashFrozen()).isEqualTo(cny("0.00"));

        // The leader withdraws, then the rest is refunded: the claw-back takes what is left, the rest is loss.
        String w = r.referrals.requestWithdrawal().requestWithdrawal(new RequestWithdrawalUseCase.Command(OLIVE_SHOP,
                leader, cny("4.00"))).get().withdrawalId();
        r.referrals.decideWithdrawal().decideWithdrawal(new DecideWithdrawalUseCase.Command(OLIVE_SHOP, w, true, null)).get();
        r.referrals.applyOrderRefund().applyOrderRefund(new ApplyOrderRefundUseCase.Command(OLIVE_SHOP, "o1", "rf2",
                cny("49.95"))).get();

        assertThat(r.balances(leader).cashAvailable()).isEqualTo(cny("0.00"));
        assertThat(r.balances(alice).pointsAvailable()).isZero();
        Map<Account, Long> merchant = r.adapters.ledgers().merchantBalances(OLIVE_SHOP);
        assertThat(merchant.get(Account.merchant(AccountType.MERCHANT_LOSS, Asset.CASH))).isEqualTo(-400L);
        assertThat(merchant.get(Account.merchant(AccountType.MERCHANT_PAYOUT, Asset.CASH))).isEqualTo(400L);
        assertThat(merchant.get(Account.merchant(AccountType.MERCHANT_REWARD_EXPENSE, Asset.CASH))).isZero();
        assertThat(merchant.get(Account.merchant(AccountType.MERCHANT_REWARD_EXPENSE, Asset.POINTS))).isZero();
        assertEveryEntryPostedOnce(alice, leader, up);
    }

    private int release() {
        return r.referrals.releaseFrozenCredits().releaseFrozenCredits(new ReleaseFrozenCreditsUseCase.Command(100))
                .get().released();
    }

    private void assertEveryEntryPostedOnce(MemberId... members) {
        for (MemberId member : members) {
            List<LedgerEntry> entries = r.ledger(member).entries();
            assertThat(r.app.events(LedgerEntryPosted.class).stream().filter(e -> e.memberId().equals(member))
                    .map(LedgerEntryPosted::sequence).toList())
                    .containsExactlyElementsOf(entries.stream().map(LedgerEntry::sequence).toList());
        }
    }

    @Test
    void givenWithdrawals_whenBelowMinimumBeyondAvailableOrDecidedTwice_thenRefusedWithReason() {
        r.setRule(ReferralsApp.percentRule("top-up-rebate", Trigger.INVITEE_TOP_UP, Beneficiary.INVITER, "5"));
        MemberId alice = r.member("alice");
        MemberId bob = r.member("bob");
        r.bind(bob, alice);
        r.referrals.reportTopUp().reportTopUp(new ReportTopUpUseCase.Command(OLIVE_SHOP, bob, "tu-1", cny("200.00"))).get();

        assertThat(withdraw(alice, "0.50").getLeft().code()).isEqualTo("BELOW_MINIMUM");
        assertThat(withdraw(alice, "10.01").getLeft().code()).isEqualTo("INSUFFICIENT_AVAILABLE");
        RequestWithdrawalUseCase.Result requested = withdraw(alice, "6.00").get();
        assertThat(requested.balances().cashWithdrawing()).isEqualTo(cny("6.00"));
        assertThat(withdraw(alice, "5.00").getLeft().code()).isEqualTo("INSUFFICIENT_AVAILABLE");

        DecideWithdrawalUseCase.Result rejected = r.referrals.decideWithdrawal().decideWithdrawal(
                new DecideWithdrawalUseCase.Command(OLIVE_SHOP, requested.withdrawalId(), false, "wrong account")).get();
        assertThat(rejected.status()).isEqualTo(Withdrawal.Status.REJECTED);
        assertThat(rejected.balances().cashAvailable()).isEqualTo(cny("10.00"));
        assertThat(r.referrals.decideWithdrawal().decideWithdrawal(new DecideWithdrawalUseCase.Command(OLIVE_SHOP,
                requested.withdrawalId(), true, null)).getLeft().code()).isEqualTo("ALREADY_DECIDED");
        assertThat(r.ledger(alice).entries()).extracting(LedgerEntry::movement).containsExactly(Movement.GRANT,
                Movement.WITHDRAWAL_REQUESTED, Movement.WITHDRAWAL_REJECTED);
    }

    private io.vavr.control.Either<UseCaseError, RequestWithdrawalUseCase.Result> withdraw(MemberId member, String amount) {
        return r.referrals.requestWithdrawal().requestWithdrawal(new RequestWithdrawalUseCase.Command(OLIVE_SHOP, member,
                cny(amount)));
    }

    @Test
    void givenInvalidCommands_thenEveryViolationIsNamedAndNothingIsWritten() {
        int events = r.app.events().size();

        var rule = r.referrals.setIncentiveRule().setIncentiveRule(new SetIncentiveRuleUseCase.Command(OLIVE_SHOP,
                "bad/id", "", Trigger.INVITEE_JOINED, Beneficiary.BOTH, 5L, cny("1.00"), null, null, null, 0L, null,
                null, null, null, true));
        var bind = r.referrals.bindInvitee().bindInvitee(new BindInviteeUseCase.Command(OLIVE_SHOP, new MemberId("x"),
                new MemberId("y"), "ABCDEFGH", null, null, null));
        var topUp = r.referrals.reportTopUp().reportTopUp(new ReportTopUpUseCase.Command(OLIVE_SHOP, new MemberId("x"),
                "t", cny("0.00")));

        assertThat(rule.getLeft()).isInstanceOfSatisfying(UseCaseError.InvalidCommand.class, invalid ->
                assertThat(invalid.violations()).extracting(v -> v.field())
                        .contains("name", "oneReward", "perDayCap", "ruleId"));
        assertThat(bind.getLeft()).isInstanceOfSatisfying(UseCaseError.InvalidCommand.class, invalid ->
                assertThat(invalid.violations()).extracting(v -> v.field()).containsExactly("inviterNamedOnce"));
        assertThat(topUp.getLeft().code()).isEqualTo("INVALID_COMMAND");
        assertThat(r.app.events()).hasSize(events);
        assertThat(InviteCode.isWellFormed("ABCDEFGH")).isTrue();
    }

    @Test
    void givenRuleWindowAndBudget_whenTriggersComeLateOrBeyondBudget_thenNoRewardOrWithheldForBudget() {
        r.setRule(new SetIncentiveRuleUseCase.Command(OLIVE_SHOP, "join", "join points", Trigger.INVITEE_JOINED,
                Beneficiary.INVITER, 30L, null, null, null, null, null, null, null,
                r.app.clock.instant().plus(Duration.ofDays(2)), 50L, true));
        MemberId alice = r.member("alice");

        assertThat(bindRewards(r.member("n1"), alice)).singleElement().matches(RewardView::granted);
        assertThat(bindRewards(r.member("n2"), alice)).singleElement().satisfies(v ->
                assertThat(v.withheld().orElseThrow().code()).isEqualTo(WithheldReason.Code.BUDGET_EXHAUSTED));
        r.app.advanceDays(2);
        assertThat(bindRewards(r.member("n3"), alice)).as("outside the window").isEmpty();
        assertThat(r.balances(alice).pointsAvailable()).isEqualTo(30);
        assertThat(r.ledger(alice).rewards()).hasSize(2);
    }

    private List<RewardView> bindRewards(MemberId invitee, MemberId inviter) {
        return r.referrals.bindInvitee().bindInvitee(BindInviteeUseCase.Command.byInviter(OLIVE_SHOP, invitee, inviter))
                .get().rewards();
    }

    @Test
    void givenMemberWithNoInviter_whenTopUpOrFirstPurchase_thenNoInviteeRewards() {
        r.pointsRule("first", Trigger.INVITEE_FIRST_PURCHASE, Beneficiary.BOTH, 10);
        MemberId loner = r.member("loner");

        assertThat(r.referrals.applyOrderPaid().applyOrderPaid(new ApplyOrderPaidUseCase.Command(OLIVE_SHOP, "o1", loner,
                null, cny("10.00"), null)).get().rewards()).isEmpty();
        assertThat(r.balances(loner).pointsFrozen()).isZero();
        assertThat(Optional.of(r.ledger(loner).entries())).contains(List.of());
    }
}
