package dev.shequn.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyTest {

    private TestServer http;
    private World world;

    /** The server under test; a subclass runs the same tests on other storage. */
    TestServer newServer() {
        return new TestServer();
    }

    @BeforeAll
    void start() {
        http = newServer();
        world = new World(http, "idem-shop");
    }

    @AfterAll
    void stop() {
        http.close();
    }

    private String communityBody(String name) {
        return "{\"name\": \"" + name + "\", \"leader\": \"" + world.alice + "\", \"positioning\": \"niche\"}";
    }

    private int eventCount() {
        return http.get("/v1/events?limit=500", world.key).json().path("items").size();
    }

    @Test
    void givenSameKeyAndBody_whenPostedTwice_thenFirstAnswerAgainAndNothingChanges() {
        TestServer.Answer first = http.post("/v1/communities", world.key, communityBody("Once"), "create-once");
        assertThat(first.status()).isEqualTo(201);
        int events = eventCount();

        TestServer.Answer second = http.post("/v1/communities", world.key, communityBody("Once"), "create-once");

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(second.headers()).containsEntry("idempotent-replayed", "true");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void givenNoKey_whenPostedTwice_thenTwoCommunities() {
        TestServer.Answer first = http.post("/v1/communities", world.key, communityBody("Twice"));
        TestServer.Answer second = http.post("/v1/communities", world.key, communityBody("Twice"));
        assertThat(first.json().path("id").asText()).isNotEqualTo(second.json().path("id").asText());
    }

    @Test
    void givenSameKeyOtherBody_whenPosted_then422AndNothingChanges() {
        assertThat(http.post("/v1/communities", world.key, communityBody("First"), "reused").status()).isEqualTo(201);
        int events = eventCount();

        TestServer.Answer other = http.post("/v1/communities", world.key, communityBody("Second"), "reused");

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.problemType()).isEqualTo("idempotency-key-reused");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void givenSameKeyOnAnotherRoute_whenPosted_then422() {
        assertThat(http.put("/v1/members/carol", world.key, "{}").status()).isIn(200, 201);
        TestServer.Answer onMembers = http.send("PUT", "/v1/members/carol", world.key, "application/json", "{}",
                Map.of("Idempotency-Key", "route-key"));
        assertThat(onMembers.status()).isEqualTo(200);
        TestServer.Answer onOther = http.send("PUT", "/v1/members/dan", world.key, "application/json", "{}",
                Map.of("Idempotency-Key", "route-key"));
        assertThat(onOther.status()).isEqualTo(422);
    }

    @Test
    void givenRefusedBody_whenRetriedCorrectedWithSameKey_thenItRuns() {
        TestServer.Answer refused = http.post("/v1/communities", world.key, "{\"name\": \"\"}", "fix-me");
        assertThat(refused.status()).isEqualTo(400);

        TestServer.Answer corrected = http.post("/v1/communities", world.key, communityBody("Fixed"), "fix-me");

        assertThat(corrected.status()).isEqualTo(201);
    }

    @Test
    void givenSameKeyForTwoMerchants_whenBothPost_thenIndependent() {
        World other = new World(http, "idem-other");
        TestServer.Answer mine = http.post("/v1/communities", world.key, communityBody("Mine"), "shared-key");
        TestServer.Answer theirs = http.post("/v1/communities", other.key,
                "{\"name\": \"Theirs\", \"leader\": \"" + other.alice + "\", \"positioning\": \"niche\"}", "shared-key");
        assertThat(mine.status()).isEqualTo(201);
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.json().path("name").asText()).isEqualTo("Theirs");
    }

    @Test
    void givenBadIdempotencyKey_whenPosted_then400NamingTheHeader() {
        for (String key : new String[] {"x".repeat(256), "has space", "tab\tkey"}) {
            TestServer.Answer answer = http.post("/v1/communities", world.key, communityBody("Bad key"), key);
            assertThat(answer.status()).as(key).isEqualTo(400);
            assertThat(answer.json().path("errors").get(0).path("parameter").asText()).isEqualTo("Idempotency-Key");
        }
    }

    @Test
    void givenMerchantCreationReplayed_thenSameMerchantButTheKeyIsNotRepeated() {
        String body = "{\"merchantId\": \"idem-merchant\", \"name\": \"Idem\", \"currency\": \"CNY\"}";
        TestServer.Answer first = http.post("/v1/merchants", TestServer.ADMIN_KEY, body, "merchant-once");
        TestServer.Answer replay = http.post("/v1/merchants", TestServer.ADMIN_KEY, body, "merchant-once");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("apiKey").asText()).startsWith("sq_");
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.json().path("merchantId").asText()).isEqualTo("idem-merchant");
        assertThat(replay.json().has("apiKey")).isFalse();
        // The key from the first answer works; the merchant exists once.
        assertThat(http.get("/v1/events", first.json().path("apiKey").asText()).status()).isEqualTo(200);
        assertThat(http.post("/v1/merchants", TestServer.ADMIN_KEY, body).status()).isEqualTo(409);
    }

    @Test
    void givenManyConcurrentRequestsWithOneKey_whenSent_thenOneCommunityIsCreatedAndEveryAnswerIsItOrInProgress() throws Exception {
        int before = eventCount();
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<TestServer.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return http.post("/v1/communities", world.key, communityBody("Raced"), "raced-key");
                }));
            }
            go.countDown();
            Set<String> ids = new HashSet<>();
            for (Future<TestServer.Answer> future : answers) {
                TestServer.Answer answer = future.get(60, TimeUnit.SECONDS);
                if (answer.status() == 201) {
                    ids.add(answer.json().path("id").asText());
                } else {
                    assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
                    assertThat(answer.problemType()).isEqualTo("idempotency-key-in-progress");
                }
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        TestServer.Answer after = http.post("/v1/communities", world.key, communityBody("Raced"), "raced-key");
        assertThat(after.status()).isEqualTo(201);
        // One community opened: its events, no more.
        int opened = eventCount() - before;
        TestServer.Answer other = http.post("/v1/communities", world.key, communityBody("Raced once more"));
        assertThat(other.status()).isEqualTo(201);
        assertThat(eventCount() - before).isEqualTo(2 * opened);
    }
}
