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
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyStore} must do; each adapter runs it with a subclass. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractIdempotencyStoreContractTest {

    private IdempotencyStore store;
    private MerchantId merchantA;
    private MerchantId merchantB;

    /** The store under test, over fresh storage; called once per class. */
    protected abstract IdempotencyStore openStore();

    /** Releases what {@link #openStore()} opened. */
    protected void closeStore() {}

    @BeforeAll
    void open() {
        store = openStore();
    }

    @AfterAll
    void close() {
        closeStore();
    }

    @BeforeEach
    void freshMerchants() {
        // Tests share one database, so each works on merchants of its own.
        merchantA = new MerchantId("m-" + UUID.randomUUID());
        merchantB = new MerchantId("m-" + UUID.randomUUID());
    }

    private static StoredResponse answer(String hash) {
        return new StoredResponse(hash, 201, "application/json", "{\"id\":\"c-1\"}");
    }

    @Test
    void givenFreeKey_whenClaimed_thenClaimedAndSecondClaimIsInProgress() {
        assertThat(store.claim(merchantA, "k1", "h1")).isInstanceOf(Claim.Claimed.class);
        assertThat(store.claim(merchantA, "k1", "h1")).isInstanceOf(Claim.InProgress.class);
    }

    @Test
    void givenCompletedKey_whenClaimedWithSameHash_thenReplaysTheAnswer() {
        store.claim(merchantA, "k1", "h1");
        store.complete(merchantA, "k1", answer("h1"));
        assertThat(store.claim(merchantA, "k1", "h1")).isEqualTo(new Claim.Replay(answer("h1")));
    }

    @Test
    void givenUsedKey_whenClaimedWithOtherHash_thenMismatch() {
        store.claim(merchantA, "k1", "h1");
        assertThat(store.claim(merchantA, "k1", "h2")).isInstanceOf(Claim.Mismatch.class);
        store.complete(merchantA, "k1", answer("h1"));
        assertThat(store.claim(merchantA, "k1", "h2")).isInstanceOf(Claim.Mismatch.class);
    }

    @Test
    void givenReleasedKey_whenClaimedAgain_thenClaimedEvenWithOtherHash() {
        store.claim(merchantA, "k1", "h1");
        store.release(merchantA, "k1");
        assertThat(store.claim(merchantA, "k1", "h2")).isInstanceOf(Claim.Claimed.class);
    }

    @Test
    void givenCompletedKey_whenReleased_thenAnswerIsKept() {
        store.claim(merchantA, "k1", "h1");
        store.complete(merchantA, "k1", answer("h1"));
        store.release(merchantA, "k1");
        assertThat(store.claim(merchantA, "k1", "h1")).isInstanceOf(Claim.Replay.class);
    }

    @Test
    void givenKeyOfOneMerchant_whenOtherMerchantUsesSameKey_thenIndependent() {
        store.claim(merchantA, "k1", "h1");
        store.complete(merchantA, "k1", answer("h1"));
        assertThat(store.claim(merchantB, "k1", "h2")).isInstanceOf(Claim.Claimed.class);
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
                    return store.claim(merchantA, "race", "h");
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
