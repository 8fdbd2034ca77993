package dev.shequn.adapter.persistence.memory.usecase;

import static dev.shequn.adapter.persistence.memory.usecase.ReferralsApp.cny;
import static dev.shequn.domain.testing.Fixtures.OLIVE_SHOP;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.port.in.ApplyOrderPaidUseCase;
import dev.shequn.application.port.in.BindInviteeUseCase;
import dev.shequn.application.port.in.ReportTopUpUseCase;
import dev.shequn.application.port.in.RequestWithdrawalUseCase;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.referral.Beneficiary;
import dev.shequn.domain.referral.Trigger;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Many threads at once on one invitee: every limit holds and nothing is paid twice. */
class ReferralConcurrencyTest {

    private static final int THREADS = 8;

    private final ReferralsApp r = new ReferralsApp();

    /** Runs {@code work(i)} on {@code THREADS} threads released together; answers every result. */
    static <T> List<T> together(IntFunction<T> work) throws Exception {
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

    @Test
    void givenTheSameTopUpReportedByManyThreads_thenTheInviterIsPaidOnce() throws Exception {
        r.setRule(ReferralsApp.percentRule("rebate", Trigger.INVITEE_TOP_UP, Beneficiary.INVITER, "5"));
        MemberId alice = r.member("alice");
        MemberId bob = r.member("bob");
        r.bind(bob, alice);

        List<Either<UseCaseError, ReportTopUpUseCase.Result>> results = together(i -> r.referrals.reportTopUp()
                .reportTopUp(new ReportTopUpUseCase.Command(OLIVE_SHOP, bob, "tu-1", cny("100.00"))));

        assertThat(results).allMatch(Either::isRight);
        assertThat(results.stream().mapToLong(e -> e.get().rewards().size()).sum()).isEqualTo(1);
        assertThat(r.balances(alice).cashAvailable()).isEqualTo(cny("5.00"));
        assertThat(r.ledger(alice).entries()).hasSize(1);
    }

    @Test
    void givenManyFirstOrdersOfOneInviteeAtOnce_thenOnlyOneIsTheFirstPurchase() throws Exception {
        r.pointsRule("first-buy", Trigger.INVITEE_FIRST_PURCHASE, Beneficiary.BOTH, 100);
        MemberId alice = r.member("alice");
        MemberId bob = r.member("bob");
        r.bind(bob, alice);

        List<Either<UseCaseError, ApplyOrderPaidUseCase.Result>> results = together(i -> r.referrals.applyOrderPaid()
                .applyOrderPaid(new ApplyOrderPaidUseCase.Command(OLIVE_SHOP, "o" + i, bob, null, cny("20.00"), null)));

        assertThat(results).allMatch(Either::isRight);
        assertThat(results.stream().mapToLong(e -> e.get().rewards().size()).sum()).isEqualTo(2);
        assertThat(r.balances(alice).pointsFrozen()).isEqualTo(100);
        assertThat(r.balances(bob).pointsFrozen()).isEqualTo(100);
    }

    @Test
    void givenOneInviteeClaimedByManyInvitersAtOnce_thenExactlyOneBindsAndOnlyItsRewardIsPaid() throws Exception {
        r.pointsRule("join", Trigger.INVITEE_JOINED, Beneficiary.INVITER, 10);
        MemberId bob = r.member("bob");
        List<MemberId> inviters = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            inviters.add(r.member("inviter-" + i));
        }

        List<Either<UseCaseError, BindInviteeUseCase.Result>> results = together(i -> r.referrals.bindInvitee()
                .bindInvitee(BindInviteeUseCase.Command.byInviter(OLIVE_SHOP, bob, inviters.get(i))));

        assertThat(results.stream().filter(Either::isRight).count()).isEqualTo(1);
        assertThat(results.stream().filter(Either::isLeft).map(e -> e.getLeft().code())).containsOnly("ALREADY_BOUND");
        MemberId winner = results.stream().filter(Either::isRight).findFirst().orElseThrow().get().inviter();
        for (MemberId inviter : inviters) {
            assertThat(r.balances(inviter).pointsAvailable()).isEqualTo(inviter.equals(winner) ? 10 : 0);
        }
    }

    @Test
    void givenManyWithdrawalsAtOnce_thenTheyNeverTakeMoreThanIsAvailable() throws Exception {
        r.setRule(ReferralsApp.percentRule("rebate", Trigger.INVITEE_TOP_UP, Beneficiary.INVITER, "5"));
        MemberId alice = r.member("alice");
        MemberId bob = r.member("bob");
        r.bind(bob, alice);
        r.referrals.reportTopUp().reportTopUp(new ReportTopUpUseCase.Command(OLIVE_SHOP, bob, "tu-1", cny("100.00"))).get();

        List<Either<UseCaseError, RequestWithdrawalUseCase.Result>> results = together(i -> r.referrals
                .requestWithdrawal().requestWithdrawal(new RequestWithdrawalUseCase.Command(OLIVE_SHOP, alice, cny("2.00"))));

        assertThat(results.stream().filter(Either::isRight).count()).isEqualTo(2);
        assertThat(results.stream().filter(Either::isLeft).map(e -> e.getLeft().code())).containsOnly("INSUFFICIENT_AVAILABLE");
        assertThat(r.balances(alice).cashAvailable()).isEqualTo(cny("1.00"));
        assertThat(r.balances(alice).cashWithdrawing()).isEqualTo(cny("4.00"));
    }
}
