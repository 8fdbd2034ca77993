package dev.shequn.adapter.persistence.contract;

import static dev.shequn.adapter.persistence.support.Aggregates.CNY;
import static dev.shequn.adapter.persistence.support.Aggregates.T0;
import static dev.shequn.adapter.persistence.support.Aggregates.cny;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.adapter.persistence.support.ReferralPorts;
import dev.shequn.application.Referrals;
import dev.shequn.application.Shequn;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.port.in.ApplyOrderPaidUseCase;
import dev.shequn.application.port.in.ApplyOrderRefundUseCase;
import dev.shequn.application.port.in.BindInviteeUseCase;
import dev.shequn.application.port.in.CreateCommunityUseCase;
import dev.shequn.application.port.in.CreateMerchantUseCase;
import dev.shequn.application.port.in.ReadLedgerUseCase;
import dev.shequn.application.port.in.ReportTopUpUseCase;
import dev.shequn.application.port.in.RequestWithdrawalUseCase;
import dev.shequn.application.port.in.SetCommissionPlanUseCase;
import dev.shequn.application.port.in.SetIncentiveRuleUseCase;
import dev.shequn.application.port.in.UpsertMemberUseCase;
import dev.shequn.application.port.out.EventOutbox.StoredEvent;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.Positioning;
import dev.shequn.domain.ledger.LedgerEntry;
import dev.shequn.domain.ledger.LedgerEvents.LedgerEntryPosted;
import dev.shequn.domain.ledger.MemberBalances;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.referral.Beneficiary;
import dev.shequn.domain.referral.ReferralEvents.InviteeBound;
import dev.shequn.domain.referral.Trigger;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The referral use cases over one storage, many threads at once on one invitee: nothing is paid twice, a
 * withdrawal never takes more than is available, and every ledger entry has its event in the outbox.
 */
public abstract class AbstractReferralUseCaseStorageTest extends BackendTest {

    private static final int THREADS = 8;

    private Shequn shequn;
    private Referrals referrals;
    private MerchantId merchant;

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        ReferralPorts ports = ReferralPorts.of(backend);
        shequn = new Shequn(backend.outPorts(), clock);
        referrals = new Referrals(backend.outPorts(), ports.referrals(), ports.incentives(), ports.ledgers(),
                (m, member, template, key, now) -> Either.left("no coupon templates in this test"), clock);
        merchant = aMerchant();
        shequn.createMerchant().createMerchant(new CreateMerchantUseCase.Command(merchant, "Olive shop", CNY)).get();
    }

    private MemberId member(String name) {
        return shequn.upsertMember().upsertMember(UpsertMemberUseCase.Command.of(merchant, name)).get().member().id();
    }

    private void rule(String id, Trigger trigger, Beneficiary beneficiary, Long points, String percent) {
        referrals.setIncentiveRule().setIncentiveRule(new SetIncentiveRuleUseCase.Command(merchant, id, "rule " + id,
                trigger, beneficiary, points, null, percent == null ? null : new BigDecimal(percent), null, null, null,
                null, null, null, null, true)).get();
    }

    private void bind(MemberId invitee, MemberId inviter) {
        referrals.bindInvitee().bindInvitee(BindInviteeUseCase.Command.byInviter(merchant, invitee, inviter)).get();
    }

    private ReadLedgerUseCase.Result ledger(MemberId member) {
        return referrals.readLedger().readLedger(new ReadLedgerUseCase.Query(merchant, member, 0, 1000)).get();
    }

    private MemberBalances balances(MemberId member) {
        return ledger(member).balances();
    }

    private static <T> List<T> together(IntFunction<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int n = i;
                Callable<T> task = () -> {
                    start.await();
                    return work.apply(n);
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertEveryEntryHasItsEvent(MemberId... members) {
        List<LedgerEntryPosted> posted = backend.eventOutbox().readAfter(merchant, 0, 100_000).stream()
                .map(StoredEvent::event).filter(LedgerEntryPosted.class::isInstance).map(LedgerEntryPosted.class::cast)
                .toList();
        for (MemberId member : members) {
            assertThat(posted.stream().filter(e -> e.memberId().equals(member)).map(LedgerEntryPosted::sequence))
                    .containsExactlyElementsOf(ledger(member).entries().stream().map(LedgerEntry::sequence).toList());
        }
    }

    @Test
    void givenTheSameTopUpReportedByEightThreads_thenTheInviterIsPaidOnce() throws Exception {
        rule("rebate", Trigger.INVITEE_TOP_UP, Beneficiary.INVITER, null, "5");
        MemberId alice = member("alice");
        MemberId bob = member("bob");
        bind(bob, alice);

        List<Either<UseCaseError, ReportTopUpUseCase.Result>> results = together(i -> referrals.reportTopUp()
                .reportTopUp(new ReportTopUpUseCase.Command(merchant, bob, "tu-1", cny("100.00"))));

        assertThat(results).allSatisfy(r -> assertThat(r.isRight()).as("%s", r).isTrue());
        assertThat(results.stream().mapToLong(e -> e.get().rewards().size()).sum()).isEqualTo(1);
        assertThat(balances(alice).cashAvailable()).isEqualTo(cny("5.00"));
        assertEveryEntryHasItsEvent(alice);
    }

    @Test
    void givenEightFirstOrdersOfOneInviteeAtOnce_thenOneIsTheFirstPurchaseAndCommissionIsPaidPerOrder() throws Exception {
        rule("first-buy", Trigger.INVITEE_FIRST_PURCHASE, Beneficiary.BOTH, 100L, null);
        MemberId alice = member("alice");
        MemberId bob = member("bob");
        MemberId leader = member("leader");
        bind(bob, alice);
        CommunityId club = shequn.createCommunity().createCommunity(CreateCommunityUseCase.Command.of(merchant, "Club",
                leader, Positioning.HIGH_FREQUENCY)).get().id();
        referrals.setCommissionPlan().setCommissionPlan(new SetCommissionPlanUseCase.Command(merchant, club,
                new BigDecimal("10"), null)).get();

        List<Either<UseCaseError, ApplyOrderPaidUseCase.Result>> results = together(i -> referrals.applyOrderPaid()
                .applyOrderPaid(new ApplyOrderPaidUseCase.Command(merchant, "o" + i, bob, club, cny("20.00"), null)));

        assertThat(results).allSatisfy(r -> assertThat(r.isRight()).as("%s", r).isTrue());
        assertThat(results.stream().mapToLong(e -> e.get().rewards().size()).sum()).isEqualTo(2);
        assertThat(balances(alice).pointsFrozen()).isEqualTo(100);
        assertThat(balances(bob).pointsFrozen()).isEqualTo(100);
        assertThat(balances(leader).cashFrozen()).isEqualTo(cny("16.00"));
        assertEveryEntryHasItsEvent(alice, bob, leader);
    }

    @Test
    void givenOneInviteeClaimedByEightInvitersAtOnce_thenExactlyOneBindsAndOnlyItsRewardIsPaid() throws Exception {
        rule("join", Trigger.INVITEE_JOINED, Beneficiary.INVITER, 10L, null);
        MemberId bob = member("bob");
        List<MemberId> inviters = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            inviters.add(member("inviter-" + i));
        }

        List<Either<UseCaseError, BindInviteeUseCase.Result>> results = together(i -> referrals.bindInvitee()
                .bindInvitee(BindInviteeUseCase.Command.byInviter(merchant, bob, inviters.get(i))));

        assertThat(results.stream().filter(Either::isRight).count()).isEqualTo(1);
        assertThat(results.stream().filter(Either::isLeft).map(e -> e.getLeft().code())).containsOnly("ALREADY_BOUND");
        MemberId winner = results.stream().filter(Either::isRight).findFirst().orElseThrow().get().inviter();
        for (MemberId inviter : inviters) {
            assertThat(balances(inviter).pointsAvailable()).isEqualTo(inviter.equals(winner) ? 10 : 0);
        }
        assertThat(backend.eventOutbox().readAfter(merchant, 0, 100_000)).map(StoredEvent::event)
                .filteredOn(InviteeBound.class::isInstance).hasSize(1);
    }

    @Test
    void givenEightWithdrawalsAndARefundAtOnce_thenNoBalanceGoesNegativeAndTheBooksBalance() throws Exception {
        rule("rebate", Trigger.INVITEE_TOP_UP, Beneficiary.INVITER, null, "5");
        MemberId alice = member("alice");
        MemberId bob = member("bob");
        bind(bob, alice);
        referrals.reportTopUp().reportTopUp(new ReportTopUpUseCase.Command(merchant, bob, "tu-1", cny("100.00"))).get();

        List<Either<UseCaseError, RequestWithdrawalUseCase.Result>> results = together(i -> referrals
                .requestWithdrawal().requestWithdrawal(new RequestWithdrawalUseCase.Command(merchant, alice, cny("2.00"))));
        assertThat(referrals.applyOrderRefund().applyOrderRefund(new ApplyOrderRefundUseCase.Command(merchant,
                "no-such-order", "rf", cny("1.00"))).get().reversals()).isEmpty();

        assertThat(results.stream().filter(Either::isRight).count()).isEqualTo(2);
        assertThat(results.stream().filter(Either::isLeft).map(e -> e.getLeft().code()))
                .containsOnly("INSUFFICIENT_AVAILABLE");
        assertThat(balances(alice).cashAvailable()).isEqualTo(cny("1.00"));
        assertThat(balances(alice).cashWithdrawing()).isEqualTo(cny("4.00"));
        assertEveryEntryHasItsEvent(alice);
    }
}
