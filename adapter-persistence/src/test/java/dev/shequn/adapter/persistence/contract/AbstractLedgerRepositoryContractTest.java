package dev.shequn.adapter.persistence.contract;

import static dev.shequn.adapter.persistence.support.Aggregates.CNY;
import static dev.shequn.adapter.persistence.support.Aggregates.T0;
import static dev.shequn.adapter.persistence.support.Aggregates.cny;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.adapter.persistence.support.ReferralPorts;
import dev.shequn.application.port.out.LedgerRepository;
import dev.shequn.domain.ledger.Account;
import dev.shequn.domain.ledger.AccountType;
import dev.shequn.domain.ledger.Accrual;
import dev.shequn.domain.ledger.Amount;
import dev.shequn.domain.ledger.Asset;
import dev.shequn.domain.ledger.Cause;
import dev.shequn.domain.ledger.LedgerEntry;
import dev.shequn.domain.ledger.MemberLedger;
import dev.shequn.domain.ledger.Withdrawal;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public abstract class AbstractLedgerRepositoryContractTest extends BackendTest {

    private static final MemberId ALICE = new MemberId("alice");
    private static final MemberId BOB = new MemberId("bob");

    private LedgerRepository ledgers;
    private MerchantId merchant;

    @BeforeEach
    void setUp() {
        ledgers = ReferralPorts.of(backend).ledgers();
        merchant = aMerchant();
    }

    private MemberLedger load(MemberId member) {
        return ledgers.load(merchant, member, CNY);
    }

    @Test
    void givenEntriesAppended_whenLoaded_thenBalancesAreTheSumsAndEntriesReadBackEqual() {
        MemberLedger ledger = load(ALICE);
        ledger.grant(Amount.points(120), false, Cause.rule("r1/INVITEE_JOINED/bob/INVITER/once"), T0).get();
        ledger.grant(Amount.cash(cny("12.34")), true, Cause.order("o1"), T0).get();
        ledger.release(Amount.cash(cny("2.34")), Cause.order("o1"), T0.plusSeconds(1)).get();
        List<LedgerEntry> written = ledger.newEntries();

        assertThat(ledgers.append(ledger)).isTrue();

        MemberLedger loaded = load(ALICE);
        assertThat(loaded.storedSequence()).isEqualTo(3);
        assertThat(loaded.balances()).isEqualTo(ledger.balances());
        assertThat(loaded.balances().cashFrozen()).isEqualTo(cny("10.00"));
        assertThat(ledgers.entries(merchant, ALICE, 0, 10)).containsExactlyElementsOf(written);
        assertThat(ledgers.entries(merchant, ALICE, 1, 1)).containsExactly(written.get(1));
        assertThat(load(BOB).storedSequence()).isZero();
        assertThat(ledgers.load(aMerchant(), ALICE, CNY).balances().pointsAvailable()).isZero();
    }

    @Test
    void givenTwoCopiesOfOneLedger_whenBothAppend_thenTheStaleOneWritesNothing() {
        MemberLedger first = load(ALICE);
        MemberLedger second = load(ALICE);
        first.grant(Amount.points(10), false, Cause.rule("a"), T0).get();
        second.grant(Amount.points(20), false, Cause.rule("b"), T0).get();
        second.grant(Amount.points(30), false, Cause.rule("c"), T0).get();

        assertThat(ledgers.append(first)).isTrue();
        assertThat(ledgers.append(second)).isFalse();

        assertThat(load(ALICE).balances().pointsAvailable()).isEqualTo(10);
        assertThat(ledgers.entries(merchant, ALICE, 0, 10)).hasSize(1);
    }

    @Test
    void givenEntriesOfSeveralMembers_whenMerchantAccountsSummed_thenTheyBalanceTheMembers() {
        MemberLedger alice = load(ALICE);
        alice.grant(Amount.cash(cny("10.00")), false, Cause.rule("a"), T0).get();
        Withdrawal.request("w1", alice, cny("7.00"), cny("1.00"), T0).get()._1.approve(alice, Optional.empty(), T0).get();
        alice.clawBack(Amount.cash(cny("5.00")), Cause.adjustment("o1/rf1"), T0).get();
        MemberLedger bob = load(BOB);
        bob.grant(Amount.points(7), false, Cause.rule("b"), T0).get();
        ledgers.append(alice);
        ledgers.append(bob);

        Map<Account, Long> merchantAccounts = ledgers.merchantBalances(merchant);

        assertThat(merchantAccounts).containsOnly(
                Map.entry(Account.merchant(AccountType.MERCHANT_REWARD_EXPENSE, Asset.CASH), -500L),
                Map.entry(Account.merchant(AccountType.MERCHANT_PAYOUT, Asset.CASH), 700L),
                Map.entry(Account.merchant(AccountType.MERCHANT_LOSS, Asset.CASH), -200L),
                Map.entry(Account.merchant(AccountType.MERCHANT_REWARD_EXPENSE, Asset.POINTS), -7L));
        assertThat(load(ALICE).balances().cashAvailable()).isEqualTo(cny("0.00"));
        assertThat(ledgers.merchantBalances(aMerchant())).isEmpty();
    }

    @Test
    void givenAccruals_whenSavedRefundedAndDue_thenTheyReadBackEqualAndDueOnesAreFound() {
        MemberLedger alice = load(ALICE);
        Accrual a1 = Accrual.accrue("commission/o1/1", alice, "o1", Amount.cash(cny("3.00")), cny("100.00"),
                Cause.order("o1"), Duration.ofDays(7), T0, T0).get()._1;
        Accrual a2 = Accrual.accrue("r/INVITEE_FIRST_PURCHASE/bob/INVITER/once", alice, "o1", Amount.points(50),
                cny("100.00"), Cause.rule("r"), Duration.ofDays(7), T0.plusSeconds(10), T0).get()._1;
        ledgers.append(alice);
        assertThat(ledgers.saveAccrual(a1)).isTrue();
        assertThat(ledgers.saveAccrual(a2)).isTrue();
        assertThat(ledgers.saveAccrual(a2)).as("the same accrual id again").isFalse();

        Accrual loaded = ledgers.findAccrual(merchant, "commission/o1/1").orElseThrow();
        MemberLedger again = load(ALICE);
        loaded.refund("rf1", cny("50.00"), again, T0.plusSeconds(60)).get();
        ledgers.append(again);
        assertThat(ledgers.saveAccrual(loaded)).isTrue();
        assertThat(ledgers.saveAccrual(loaded)).as("stale").isFalse();

        Accrual refunded = ledgers.findAccrual(merchant, "commission/o1/1").orElseThrow();
        assertThat(refunded).usingRecursiveComparison().ignoringFields("version").isEqualTo(loaded);
        assertThat(refunded.appliedRefunds()).containsExactly("rf1");
        assertThat(ledgers.findAccrualsOfOrder(merchant, "o1")).extracting(Accrual::id)
                .containsExactly("commission/o1/1", "r/INVITEE_FIRST_PURCHASE/bob/INVITER/once");
        assertThat(ledgers.findDueAccruals(T0.plus(Duration.ofDays(7)), 100))
                .filteredOn(a -> a.merchantId().equals(merchant)).extracting(Accrual::id)
                .containsExactly("commission/o1/1");
        assertThat(ledgers.findDueAccruals(T0.plus(Duration.ofDays(8)), 100))
                .filteredOn(a -> a.merchantId().equals(merchant)).hasSize(2);
    }

    @Test
    void givenWithdrawal_whenRequestedAndDecided_thenStoredOnceAndDecisionKept() {
        MemberLedger alice = load(ALICE);
        alice.grant(Amount.cash(cny("10.00")), false, Cause.rule("a"), T0).get();
        Withdrawal requested = Withdrawal.request("w-1", alice, cny("8.00"), cny("1.00"), T0).get()._1;
        ledgers.append(alice);
        assertThat(ledgers.saveWithdrawal(requested)).isTrue();
        assertThat(ledgers.saveWithdrawal(requested)).isFalse();

        Withdrawal loaded = ledgers.findWithdrawal(merchant, "w-1").orElseThrow();
        MemberLedger again = load(ALICE);
        loaded.reject(again, Optional.of("account closed"), T0.plusSeconds(5)).get();
        ledgers.append(again);
        assertThat(ledgers.saveWithdrawal(loaded)).isTrue();

        Withdrawal decided = ledgers.findWithdrawal(merchant, "w-1").orElseThrow();
        assertThat(decided).usingRecursiveComparison().ignoringFields("version").isEqualTo(loaded);
        assertThat(decided.status()).isEqualTo(Withdrawal.Status.REJECTED);
        assertThat(decided.version()).isEqualTo(2);
        assertThat(ledgers.findWithdrawal(aMerchant(), "w-1")).isEmpty();
    }
}
