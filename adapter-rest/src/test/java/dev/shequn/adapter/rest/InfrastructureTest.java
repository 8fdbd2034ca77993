package dev.shequn.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InfrastructureTest {

    record SomethingHappened(MerchantId merchantId, Instant occurredAt, Money amount, String note) implements DomainEvent {}

    private static TestServer http;
    private static String keyA;
    private static String keyB;

    @BeforeAll
    static void start() {
        http = new TestServer();
        keyA = http.keyFor("m-infra-a");
        keyB = http.keyFor("m-infra-b");
        for (int i = 1; i <= 5; i++) {
            http.outbox.append(List.of(new SomethingHappened(new MerchantId("m-infra-a"),
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i), Money.of("12.50", "CNY"), "n" + i)));
        }
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @Test
    void givenStorageUp_whenHealth_then200WithoutKey() {
        TestServer.Answer answer = http.get("/health", null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("status").asText()).isEqualTo("up");
    }

    @Test
    void givenStorageDown_whenHealth_then503Problem() {
        http.storageUp.set(false);
        try {
            TestServer.Answer answer = http.get("/health", null);
            assertThat(answer.status()).isEqualTo(503);
            assertThat(answer.isProblem()).isTrue();
        } finally {
            http.storageUp.set(true);
        }
    }

    @Test
    void givenNoKey_whenReadingEvents_then401Problem() {
        TestServer.Answer answer = http.get("/v1/events", null);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.problemType()).isEqualTo("unauthorized");
    }

    @Test
    void givenWrongKeyOrAdminKeyOrMalformedHeader_whenReadingEvents_then401() {
        assertThat(http.get("/v1/events", "not-a-key").status()).isEqualTo(401);
        assertThat(http.get("/v1/events", TestServer.ADMIN_KEY).status()).isEqualTo(401);
        TestServer.Answer basic = http.send("GET", "/v1/events", null, null, (String) null,
                Map.of("Authorization", "Basic " + keyA));
        assertThat(basic.status()).isEqualTo(401);
    }

    @Test
    void givenUnknownRoute_whenCalled_then404Problem() {
        TestServer.Answer answer = http.get("/v1/nothing-here", keyA);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.problemType()).isEqualTo("not-found");
    }

    @Test
    void givenEvents_whenPagingWithLimit_thenCursorWalksThemInOrder() {
        TestServer.Answer first = http.get("/v1/events?limit=2", keyA);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("items")).hasSize(2);
        assertThat(first.json().path("items").get(0).path("sequence").asLong()).isEqualTo(1);
        assertThat(first.json().path("items").get(0).path("type").asText()).isEqualTo("SomethingHappened");
        assertThat(first.json().path("items").get(0).path("occurredAt").asText()).isEqualTo("2026-01-01T00:00:01Z");
        assertThat(first.json().path("items").get(0).path("data").path("amount").path("amount").asText()).isEqualTo("12.50");
        String cursor = first.json().path("nextCursor").asText();

        TestServer.Answer second = http.get("/v1/events?limit=2&cursor=" + cursor, keyA);
        assertThat(second.json().path("items").get(0).path("sequence").asLong()).isEqualTo(3);

        TestServer.Answer afterFour = http.get("/v1/events?after=4", keyA);
        assertThat(afterFour.json().path("items")).hasSize(1);
        assertThat(afterFour.json().path("nextCursor").isNull()).isTrue();
    }

    @Test
    void givenOtherMerchantsEvents_whenReadingFeed_thenNoneShow() {
        TestServer.Answer answer = http.get("/v1/events", keyB);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("items")).isEmpty();
    }

    @Test
    void givenBadPagingParameters_whenReadingFeed_then400NamingTheParameter() {
        for (String query : List.of("limit=0", "limit=501", "limit=abc", "limit=99999999999999999999",
                "cursor=%25%25", "cursor=bm9wZQ", "after=-1", "after=x")) {
            TestServer.Answer answer = http.get("/v1/events?" + query, keyA);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.problemType()).as(query).isEqualTo("invalid-request");
            assertThat(answer.json().path("errors").get(0).path("parameter").asText())
                    .as(query).isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void whenOpenApiRequested_thenServedWithoutKey() {
        TestServer.Answer answer = http.get("/openapi.json", null);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
    }
}
