package dev.shequn.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.domain.ledger.LedgerRejection.Reason;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MemberLedgerTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final MerchantId MERCHANT = new MerchantId("m-olive");
    private static final MemberId ALICE = new MemberId("alice");
    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

    private static Money yuan(String amount) {
        return Money.of(amount, CNY);
    }

    @Test
    void givenAGrant_whenBooked_thenMemberGainsAndMerchantExpenseGoesNegativeBySameAmount() {
        MemberLedger ledger = MemberLedger.open(MERCHANT, ALICE, CNY);

        LedgerEntry entry = ledger.grant(Amount.cash(yuan("5.00")), false, Cause.rule("r1"), T0).get();

        assertThat(entry.sequence()).isEqualTo(1);
        assertThat(entry.movement()).isEqualTo(Movement.GRANT);
        assertThat(entry.cause()).isEqualTo(new Cause(Cause.Kind.RULE, "r1"));
        assertThat(entry.changeTo(Account.merchant(AccountType.MERCHANT_REWARD_EXPENSE, Asset.CASH))).isEqualTo(-500);
        assertThat(ledger.balances().cashAvailable()).isEqualTo(yuan("5.00"));
        assertThat(ledger.balances().pointsAvailable()).isZero();
    }

    @Test
    void givenFrozenCredit_whenReleasedBeforeTheWindowCloses_thenRefusedAsNotDue() {
        MemberLedger ledger = MemberLedger.open(MERCHANT, ALICE, CNY);
        Accrual accrual = Accrual.accrue("a1", ledger, "o1", Amount.points(100), yuan("50.00"), Cause.order("o1"),
                Duration.ofDays(7), T0, T0).get()._1;

        assertThat(accrual.release(ledger, T0.plus(Duration.ofDays(7)).minusSeconds(1)).getLeft().reason())
                .isEqualTo(Reason.NOT_DUE);
        assertThat(accrual.release(ledger, T0.plus(Duration.ofDays(7))).get()).isPresent();
        assertThat(ledger.balances().pointsAvailable()).isEqualTo(100);
        assertThat(ledger.balances().pointsFrozen()).isZero();
        assertThat(accrual.release(ledger, T0.plus(Duration.ofDays(8))).getLeft().reason())
                .isEqualTo(Reason.ALREADY_RELEASED);
    }

    @Test
    void givenFrozenCredit_whenHalfTheOrderIsRefunded_thenHalfIsReversedFromFrozenAndTheRestReleased() {
        MemberLedger ledger = MemberLedger.open(MERCHANT, ALICE, CNY);
        Accrual accrual = Accrual.accrue("a1", ledger, "o1", Amount.cash(yuan("3.01")), yuan("100.00"),
                Cause.order("o1"), Duration.ofDays(7), T0, T0).get()._1;

        LedgerEntry reversal = accrual.refund("rf1", yuan("50.00"), ledger, T0.plus(Duration.ofDays(1))).get().get();

        // 3.01 * 50/100 = 1.505, half-up to 1.51
        assertThat(reversal.movement()).isEqualTo(Movement.REVERSAL);
        assertThat(reversal.changeTo(Account.of(ALICE, AccountType.MEMBER_FROZEN, Asset.CASH))).isEqualTo(-151);
        assertThat(accrual.refund("rf1", yuan("50.00"), ledger, T0.plus(Duration.ofDays(1))).get())
                .as("the same refund reported twice").isEmpty();
        assertThat(accrual.release(ledger, T0.plus(Duration.ofDays(7))).get().get()
                .changeTo(Account.of(ALICE, AccountType.MEMBER_AVAILABLE, Asset.CASH))).isEqualTo(150);
    }

    @Test
    void givenReleasedCreditAlreadyWithdrawn_whenRefunded_thenShortfallIsBookedAsMerchantLoss() {
        MemberLedger ledger = MemberLedger.open(MERCHANT, ALICE, CNY);
        Accrual accrual = Accrual.accrue("a1", ledger, "o1", Amount.cash(yuan("10.00")), yuan("200.00"),
                Cause.order("o1"), Duration.ofDays(7), T0, T0).get()._1;
        accrual.release(ledger, T0.plus(Duration.ofDays(7))).get();
        Withdrawal.request("w1", ledger, yuan("7.00"), yuan("1.00"), T0.plus(Duration.ofDays(8))).get();

        LedgerEntry clawBack = accrual.refund("rf1", yuan("200.00"), ledger, T0.plus(Duration.ofDays(9))).get().get();

        assertThat(clawBack.movement()).isEqualTo(Movement.CLAWBACK);
        assertThat(clawBack.cause().kind()).isEqualTo(Cause.Kind.ADJUSTMENT);
        assertThat(clawBack.changeTo(Account.of(ALICE, AccountType.MEMBER_AVAILABLE, Asset.CASH))).isEqualTo(-300);
        assertThat(clawBack.changeTo(Account.merchant(AccountType.MERCHANT_REWARD_EXPENSE, Asset.CASH))).isEqualTo(1000);
        assertThat(clawBack.changeTo(Account.merchant(AccountType.MERCHANT_LOSS, Asset.CASH))).isEqualTo(-700);
        assertThat(ledger.balances().cashAvailable()).isEqualTo(yuan("0.00"));
        assertThat(ledger.balances().cashWithdrawing()).isEqualTo(yuan("7.00"));
    }

    @Test
    void givenSmallBalance_whenWithdrawing_thenMinimumAndAvailableAreChecked() {
        MemberLedger ledger = MemberLedger.open(MERCHANT, ALICE, CNY);
        ledger.grant(Amount.cash(yuan("20.00")), false, Cause.rule("r1"), T0).get();

        assertThat(Withdrawal.request("w0", ledger, yuan("0.50"), yuan("1.00"), T0).getLeft().reason())
                .isEqualTo(Reason.BELOW_MINIMUM);
        assertThat(Withdrawal.request("w1", ledger, yuan("20.01"), yuan("1.00"), T0).getLeft().reason())
                .isEqualTo(Reason.INSUFFICIENT_AVAILABLE);
        assertThat(Withdrawal.request("w2", ledger, Money.of("5", "JPY"), yuan("1.00"), T0).getLeft().reason())
                .isEqualTo(Reason.CURRENCY_MISMATCH);
        Withdrawal w = Withdrawal.request("w3", ledger, yuan("20.00"), yuan("1.00"), T0).get()._1;
        assertThat(ledger.balances().cashAvailable()).isEqualTo(yuan("0.00"));
        assertThat(ledger.balances().cashWithdrawing()).isEqualTo(yuan("20.00"));
        assertThat(Withdrawal.request("w4", ledger, yuan("1.00"), yuan("1.00"), T0).getLeft().reason())
                .isEqualTo(Reason.INSUFFICIENT_AVAILABLE);

        assertThat(w.reject(ledger, Optional.of("bank details wrong"), T0).get().movement())
                .isEqualTo(Movement.WITHDRAWAL_REJECTED);
        assertThat(ledger.balances().cashAvailable()).isEqualTo(yuan("20.00"));
        assertThat(w.approve(ledger, Optional.empty(), T0).getLeft().reason()).isEqualTo(Reason.ALREADY_DECIDED);
    }

    @Test
    void givenApprovedWithdrawal_thenCashMovesToMerchantPayout() {
        MemberLedger ledger = MemberLedger.open(MERCHANT, ALICE, CNY);
        ledger.grant(Amount.cash(yuan("20.00")), false, Cause.rule("r1"), T0).get();
        Withdrawal w = Withdrawal.request("w1", ledger, yuan("15.00"), yuan("1.00"), T0).get()._1;

        LedgerEntry approved = w.approve(ledger, Optional.empty(), T0).get();

        assertThat(approved.changeTo(Account.merchant(AccountType.MERCHANT_PAYOUT, Asset.CASH))).isEqualTo(1500);
        assertThat(w.status()).isEqualTo(Withdrawal.Status.APPROVED);
        assertThat(ledger.balances().cashWithdrawing()).isEqualTo(yuan("0.00"));
        assertThat(ledger.balances().cashAvailable()).isEqualTo(yuan("5.00"));
        assertThat(ledger.newEntries()).extracting(LedgerEntry::sequence).containsExactly(1L, 2L, 3L);
    }

    @Test
    void givenStoredBalances_whenReconstituted_thenNextEntryFollowsTheStoredSequence() {
        MemberLedger ledger = MemberLedger.reconstitute(MERCHANT, ALICE, CNY, 41,
                Map.of(Account.of(ALICE, AccountType.MEMBER_AVAILABLE, Asset.POINTS), 300L));

        LedgerEntry entry = ledger.grant(Amount.points(5), false, Cause.rule("r"), T0).get();

        assertThat(entry.sequence()).isEqualTo(42);
        assertThat(ledger.storedSequence()).isEqualTo(41);
        assertThat(ledger.balances().pointsAvailable()).isEqualTo(305);
    }

    @Test
    void givenZeroAmount_whenGranting_thenNothingToMove() {
        MemberLedger ledger = MemberLedger.open(MERCHANT, ALICE, CNY);
        assertThat(ledger.grant(Amount.points(0), false, Cause.rule("r"), T0).getLeft().reason())
                .isEqualTo(Reason.NOTHING_TO_MOVE);
        assertThat(ledger.newEntries()).isEmpty();
    }
}
