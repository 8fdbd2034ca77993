package dev.shequn.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One merchant's small world, made over HTTP, in which every documented request example is valid: the
 * example ids ({@code m-1}, {@code m-2}, {@code c-1}, channel {@code spring-olive}) are mapped to this
 * merchant's real ids.
 */
final class World {

    final String merchantId;
    final String key;
    final String alice;
    final String bob;
    final String community;
    /** A withdrawal alice requested from the top-up rebate bob's top-up earned her; not yet decided. */
    final String withdrawal;
    static final String CHANNEL = "spring-olive";
    /** An active coupon template, granted without limit per member. */
    static final String PROMOTION = "welcome-half";
    /** An order placed (not paid), and one placed and paid; each with one line {@code l1} of 2 units. */
    static final String PLACED_ORDER = "o-placed";
    static final String PAID_ORDER = "o-paid";

    World(TestServer http, String merchantId) {
        this.merchantId = merchantId;
        this.key = http.newMerchant(merchantId);
        this.alice = ok(http.put("/v1/members/alice", key, "{}")).path("id").asText();
        this.bob = ok(http.put("/v1/members/bob", key, "{}")).path("id").asText();
        this.community = ok(http.post("/v1/communities", key,
                "{\"name\": \"Olive club\", \"leader\": \"" + alice + "\", \"positioning\": \"high_frequency\"}")).path("id").asText();
        ok(http.post("/v1/channels", key, "{\"name\": \"Spring\", \"code\": \"" + CHANNEL + "\", \"pool\": [\"" + community + "\"]}"));
        ok(http.post("/v1/channels/" + CHANNEL + "/joins", key, "{\"memberId\": \"" + bob + "\", \"inviter\": \"" + alice + "\"}"));
        ok(http.put("/v1/incentive-rules", key, "{\"ruleId\": \"top-up-rebate\", \"name\": \"Top-up rebate\","
                + " \"trigger\": \"invitee_top_up\", \"beneficiary\": \"inviter\", \"percent\": \"10\"}"));
        ok(http.post("/v1/members/" + bob + "/top-ups", key,
                "{\"topUpId\": \"t-1\", \"amount\": {\"amount\": \"1000.00\", \"currency\": \"CNY\"}}"));
        this.withdrawal = ok(http.post("/v1/members/" + alice + "/withdrawals", key,
                "{\"amount\": {\"amount\": \"50.00\", \"currency\": \"CNY\"}}")).path("withdrawalId").asText();
        ok(http.post("/v1/promotions", key, "{\"currency\": \"CNY\", \"definition\": {\"id\": \"" + PROMOTION
                + "\", \"code\": \"WELCOME-HALF\", \"effect\": {\"type\": \"percentOff\", \"percent\": \"50\"}},"
                + " \"couponTerms\": {\"validDays\": 7}}"));
        ok(http.patch("/v1/promotions/" + PROMOTION, key, "{\"status\": \"active\"}"));
        String cart = "{\"memberId\": \"" + bob + "\", \"currency\": \"CNY\", \"lines\": [{\"id\": \"l1\", \"category\": \"oil\","
                + " \"unitPrice\": \"168.00\", \"quantity\": 2}]}";
        ok(http.put("/v1/orders/" + PLACED_ORDER, key, cart));
        ok(http.put("/v1/orders/" + PAID_ORDER, key, cart));
        ok(http.post("/v1/orders/" + PAID_ORDER + "/payment", key, "{}"));
    }

    private static JsonNode ok(TestServer.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isBetween(200, 201);
        return answer.json();
    }

    /** The example ids of the OpenAPI document, and what they are in this world. */
    Map<String, String> ids() {
        return Map.of("m-1", alice, "m-2", bob, "c-1", community);
    }

    /** A documented path with its parameters filled for this world: community, channel code, member, promotion, order. */
    String path(String template) {
        return template
                .replace("/v1/orders/{orderId}/payment", "/v1/orders/" + PLACED_ORDER + "/payment")
                .replace("/v1/orders/{orderId}/cancellation", "/v1/orders/" + PLACED_ORDER + "/cancellation")
                .replace("/v1/orders/{orderId}/refunds", "/v1/orders/" + PAID_ORDER + "/refunds")
                .replace("{orderId}", "o-1")
                .replace("/v1/promotions/{id}", "/v1/promotions/" + PROMOTION)
                .replace("/v1/withdrawals/{withdrawalId}", "/v1/withdrawals/" + withdrawal)
                .replace("/v1/members/{id}/", "/v1/members/" + alice + "/")
                .replace("/v1/communities/{id}", "/v1/communities/" + community)
                .replace("{code}", CHANNEL)
                .replace("/v1/members/{id}", "/v1/members/alice");
    }

    /** The example body with its ids replaced by this world's. */
    String body(JsonNode example) {
        String text = example.toString();
        for (Map.Entry<String, String> id : ids().entrySet()) {
            text = text.replace("\"" + id.getKey() + "\"", "\"" + id.getValue() + "\"");
        }
        return text;
    }
}
