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
    static final String CHANNEL = "spring-olive";

    World(TestServer http, String merchantId) {
        this.merchantId = merchantId;
        this.key = http.newMerchant(merchantId);
        this.alice = ok(http.put("/v1/members/alice", key, "{}")).path("id").asText();
        this.bob = ok(http.put("/v1/members/bob", key, "{}")).path("id").asText();
        this.community = ok(http.post("/v1/communities", key,
                "{\"name\": \"Olive club\", \"leader\": \"" + alice + "\", \"positioning\": \"high_frequency\"}")).path("id").asText();
        ok(http.post("/v1/channels", key, "{\"name\": \"Spring\", \"code\": \"" + CHANNEL + "\", \"pool\": [\"" + community + "\"]}"));
        ok(http.post("/v1/channels/" + CHANNEL + "/joins", key, "{\"memberId\": \"" + bob + "\"}"));
    }

    private static JsonNode ok(TestServer.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isBetween(200, 201);
        return answer.json();
    }

    /** The example ids of the OpenAPI document, and what they are in this world. */
    Map<String, String> ids() {
        return Map.of("m-1", alice, "m-2", bob, "c-1", community);
    }

    /** A documented path with its parameters filled for this world: community, channel code, member. */
    String path(String template) {
        return template
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
