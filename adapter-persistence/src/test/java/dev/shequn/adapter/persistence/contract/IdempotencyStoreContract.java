package dev.shequn.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.application.port.out.IdempotencyStore;
import dev.shequn.application.port.out.IdempotencyStore.Claim;
import dev.shequn.application.port.out.IdempotencyStore.StoredResponse;
import dev.shequn.domain.shared.MerchantId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyStore} must do; each adapter runs it with a subclass. */
public abstract class IdempotencyStoreContract {

    private static final MerchantId A = new MerchantId("m-a");
    private static final MerchantId B = new MerchantId("m-b");

    private IdempotencyStore store;

    protected abstract IdempotencyStore newStore();

    @BeforeEach
    void setUp() {
        store = newStore();
    }

    private static StoredResponse answer(String hash) {
        return new StoredResponse(hash, 201, "application/json", "{\"id\":\"c-1\"}");
    }

    @Test
    void givenFreeKey_whenClaimed_thenClaimedAndSecondClaimIsInProgress() {
        assertThat(store.claim(A, "k1", "h1")).isInstanceOf(Claim.Claimed.class);
        assertThat(store.claim(A, "k1", "h1")).isInstanceOf(Claim.InProgress.class);
    }

    @Test
    void givenCompletedKey_whenClaimedWithSameHash_thenReplaysTheAnswer() {
        store.claim(A, "k1", "h1");
        store.complete(A, "k1", answer("h1"));
        assertThat(store.claim(A, "k1", "h1")).isEqualTo(new Claim.Replay(answer("h1")));
    }

    @Test
    void givenUsedKey_whenClaimedWithOtherHash_thenMismatch() {
        store.claim(A, "k1", "h1");
        assertThat(store.claim(A, "k1", "h2")).isInstanceOf(Claim.Mismatch.class);
        store.complete(A, "k1", answer("h1"));
        assertThat(store.claim(A, "k1", "h2")).isInstanceOf(Claim.Mismatch.class);
    }

    @Test
    void givenReleasedKey_whenClaimedAgain_thenClaimedEvenWithOtherHash() {
        store.claim(A, "k1", "h1");
        store.release(A, "k1");
        assertThat(store.claim(A, "k1", "h2")).isInstanceOf(Claim.Claimed.class);
    }

    @Test
    void givenCompletedKey_whenReleased_thenAnswerIsKept() {
        store.claim(A, "k1", "h1");
        store.complete(A, "k1", answer("h1"));
        store.release(A, "k1");
        assertThat(store.claim(A, "k1", "h1")).isInstanceOf(Claim.Replay.class);
    }

    @Test
    void givenKeyOfOneMerchant_whenOtherMerchantUsesSameKey_thenIndependent() {
        store.claim(A, "k1", "h1");
        store.complete(A, "k1", answer("h1"));
        assertThat(store.claim(B, "k1", "h2")).isInstanceOf(Claim.Claimed.class);
    }

    @Test
    void givenManyConcurrentClaims_whenSameKey_thenExactlyOneIsClaimed() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Claim>> claims = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<Claim> task = () -> {
                    start.await();
                    return store.claim(A, "race", "h");
                };
                claims.add(pool.submit(task));
            }
            start.countDown();
            int claimed = 0;
            for (Future<Claim> claim : claims) {
                if (claim.get() instanceof Claim.Claimed) {
                    claimed++;
                }
            }
            assertThat(claimed).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
