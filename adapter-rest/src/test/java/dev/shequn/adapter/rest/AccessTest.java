package dev.shequn.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 401 on every /v1 route without the right key, and tenant isolation on every route. */
class AccessTest {

    private static TestServer http;
    private static JsonNode document;
    private static World a;
    private static World b;

    @BeforeAll
    static void start() {
        http = new TestServer();
        document = http.get("/openapi.json", null).json();
        a = new World(http, "shop-a");
        b = new World(http, "shop-b");
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    private static List<String> v1Routes() {
        return http.server.routes().stream().filter(r -> r.contains(" /v1/")).toList();
    }

    private static String method(String route) {
        return route.substring(0, route.indexOf(' '));
    }

    private static String template(String route) {
        return route.substring(route.indexOf(' ') + 1);
    }

    private static JsonNode example(String route) {
        return document.path("paths").path(template(route)).path(method(route).toLowerCase(Locale.ROOT))
                .at("/requestBody/content/application~1json/example");
    }

    private static TestServer.Answer call(String route, World world, String key) {
        JsonNode example = example(route);
        String body = example.isMissingNode() ? null : world.body(example);
        return http.send(method(route), world.path(template(route)), key, body == null ? null : "application/json",
                body, Map.of());
    }

    @Test
    void givenNoKeyOrWrongKey_whenCallingAnyV1Route_then401Problem() {
        assertThat(v1Routes()).hasSizeGreaterThan(10);
        for (String route : v1Routes()) {
            for (String key : new String[] {null, "sq_wrong", a.key + "x"}) {
                TestServer.Answer answer = call(route, a, key);
                assertThat(answer.status()).as(route + " with key " + key).isEqualTo(401);
                assertThat(answer.problemType()).as(route).isEqualTo("unauthorized");
            }
        }
    }

    @Test
    void givenAdminKeyOnMerchantRoutesAndMerchantKeyOnAdminRoute_then401() {
        for (String route : v1Routes()) {
            String key = route.equals("POST /v1/merchants") ? a.key : TestServer.ADMIN_KEY;
            assertThat(call(route, a, key).status()).as(route).isEqualTo(401);
        }
    }

    /**
     * Merchant B sends A's example requests, naming A's ids: every A resource answers 404 as if it did not
     * exist. Routes without a resource of A's are listed with what isolation means for them.
     */
    private static final String A_ONLY_PROMOTION = "a-only-promotion";
    private static final String A_ONLY_ORDER = "a-only-order";

    @Test
    void givenMerchantB_whenNamingMerchantAsResourcesOnEveryRoute_then404OrItsOwnData() {
        Map<String, Runnable> ownData = Map.of(
                "POST /v1/merchants", () -> { },
                "POST /v1/pricing/evaluate", () -> { },
                "GET /v1/events", () -> {
                    JsonNode items = http.get("/v1/events?limit=500", b.key).json().path("items");
                    assertThat(items.toString()).doesNotContain(a.alice, a.community).contains(b.community);
                },
                "PUT /v1/members/{id}", () -> {
                    TestServer.Answer answer = http.put("/v1/members/alice", b.key, "{}");
                    assertThat(answer.json().path("id").asText()).isEqualTo(b.alice).isNotEqualTo(a.alice);
                },
                "PUT /v1/tag-rules", () -> {
                    TestServer.Answer answer = http.put("/v1/tag-rules", b.key, "{\"categoryTags\": false}");
                    assertThat(answer.status()).isEqualTo(200);
                },
                "PUT /v1/incentive-rules", () -> {
                    TestServer.Answer answer = http.put("/v1/incentive-rules", b.key, a.body(example("PUT /v1/incentive-rules")));
                    assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
                },
                "POST /v1/promotions", () -> {
                    TestServer.Answer answer = http.post("/v1/promotions", b.key, a.body(example("POST /v1/promotions")));
                    assertThat(answer.status()).as("B's own catalogue: " + answer).isEqualTo(201);
                },
                "GET /v1/promotions", () -> {
                    JsonNode items = http.get("/v1/promotions?limit=500", b.key).json().path("items");
                    assertThat(items.findValuesAsText("id")).isNotEmpty().doesNotContain(A_ONLY_PROMOTION);
                });
        // Resources only A has, so that B naming them cannot stumble on a like-named one of its own.
        assertThat(http.post("/v1/promotions", a.key, "{\"currency\": \"CNY\", \"definition\": {\"id\": \"" + A_ONLY_PROMOTION
                + "\", \"code\": \"A-ONLY\", \"effect\": {\"type\": \"percentOff\", \"percent\": \"10\"}},"
                + " \"couponTerms\": {\"validDays\": 7}}").status()).isEqualTo(201);
        assertThat(http.put("/v1/orders/" + A_ONLY_ORDER, a.key, "{\"currency\": \"CNY\", \"lines\": [{\"id\": \"l1\","
                + " \"unitPrice\": \"10.00\", \"quantity\": 2}]}").status()).isEqualTo(201);
        assertThat(http.post("/v1/orders/" + A_ONLY_ORDER + "/payment", a.key, "{}").status()).isEqualTo(200);
        int checked = 0;
        for (String route : v1Routes()) {
            if (ownData.containsKey(route)) {
                ownData.get(route).run();
                continue;
            }
            // A's ids in the body and path; B's key.
            JsonNode example = example(route);
            String body = example.isMissingNode() ? null : a.body(example);
            String path = template(route)
                    .replace("/v1/promotions/{id}", "/v1/promotions/" + A_ONLY_PROMOTION)
                    .replace("/v1/members/{id}/", "/v1/members/" + a.alice + "/")
                    .replace("{orderId}", A_ONLY_ORDER)
                    .replace("{withdrawalId}", a.withdrawal)
                    .replace("{id}", a.community).replace("{code}", "a-only-" + World.CHANNEL);
            if (route.contains("/channels/{code}")) {
                // A's channel code, and B's own member: the code alone must not reach A's channel.
                http.post("/v1/channels", a.key, "{\"name\": \"A only\", \"code\": \"a-only-spring-olive\", \"pool\": [\"" + a.community + "\"]}");
                body = "{\"memberId\": \"" + b.bob + "\"}";
            }
            TestServer.Answer answer = http.send(method(route), path, b.key, "application/json", body, Map.of());
            assertThat(answer.status()).as(route + " " + answer).isEqualTo(404);
            assertThat(answer.problemType()).as(route).isEqualTo("not-found");
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(6);
    }
}
