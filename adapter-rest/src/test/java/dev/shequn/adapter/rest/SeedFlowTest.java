package dev.shequn.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The seed flows over real HTTP, as far as their use cases exist: a merchant's communities filled through a channel. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedFlowTest {

    private TestServer http;

    /** The server under test; a subclass runs the same tests on other storage. */
    TestServer newServer() {
        return new TestServer();
    }

    @BeforeAll
    void start() {
        http = newServer();
    }

    @AfterAll
    void stop() {
        http.close();
    }

    private String member(String key, String externalId) {
        TestServer.Answer answer = http.put("/v1/members/" + externalId, key, "{}");
        assertThat(answer.status()).as(answer.toString()).isIn(200, 201);
        return answer.json().path("id").asText();
    }

    private String community(String key, String name, String leader, int capacity) {
        TestServer.Answer answer = http.post("/v1/communities", key, """
                {"name": "%s", "leader": "%s", "capacity": %d, "positioning": "high_frequency"}""".formatted(name, leader, capacity));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().path("id").asText();
    }

    @Test
    void givenOliveShop_whenMembersJoinThroughChannel_thenRoutedToCommunitiesWithRoomUntilAllAreFull() {
        String key = http.newMerchant("olive-shop");
        String alice = member(key, "alice");
        TestServer.Answer again = http.put("/v1/members/alice", key, "{\"region\": \"上海\", \"manualTags\": [\"vip\"]}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asText()).isEqualTo(alice);
        assertThat(again.json().path("tags").toString()).contains("vip");

        String club = community(key, "橄榄油俱乐部 🫒", alice, 2);
        String overflow = community(key, "Olive overflow", alice, 1);
        TestServer.Answer channel = http.post("/v1/channels", key,
                "{\"name\": \"Spring phone campaign\", \"code\": \"spring-olive\", \"pool\": [\"" + club + "\", \"" + overflow + "\"]}");
        assertThat(channel.status()).as(channel.toString()).isEqualTo(201);
        assertThat(channel.json().path("code").asText()).isEqualTo("spring-olive");

        String[] joiners = {member(key, "bob"), member(key, "carol"), member(key, "dave"), member(key, "erin")};
        JsonNode first = join(key, joiners[0], 201);
        assertThat(first.path("communityId").asText()).isEqualTo(club);
        assertThat(first.path("newlyJoined").asBoolean()).isTrue();
        join(key, joiners[1], 201);
        JsonNode third = join(key, joiners[2], 201);
        assertThat(third.path("communityId").asText()).isEqualTo(overflow);
        // Joining again is no new join: the member is answered their community.
        JsonNode repeat = join(key, joiners[0], 200);
        assertThat(repeat.path("newlyJoined").asBoolean()).isFalse();

        TestServer.Answer full = http.post("/v1/channels/spring-olive/joins", key, "{\"memberId\": \"" + joiners[3] + "\"}");
        assertThat(full.status()).isEqualTo(409);
        assertThat(full.isProblem()).isTrue();
        assertThat(full.json().path("reason").asText()).isEqualTo("CHANNEL_EXHAUSTED");

        TestServer.Answer grown = http.patch("/v1/communities/" + overflow, key, "{\"capacity\": 5}");
        assertThat(grown.status()).as(grown.toString()).isEqualTo(200);
        assertThat(grown.json().path("capacity").asInt()).isEqualTo(5);
        assertThat(grown.json().path("status").asText()).isEqualTo("open");
        join(key, joiners[3], 201);

        TestServer.Answer events = http.get("/v1/events?limit=500", key);
        assertThat(events.status()).isEqualTo(200);
        assertThat(events.json().path("items").size()).isGreaterThan(5);
    }

    private JsonNode join(String key, String memberId, int status) {
        TestServer.Answer answer = http.post("/v1/channels/spring-olive/joins", key, "{\"memberId\": \"" + memberId + "\"}");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        return answer.json();
    }

    @Test
    void givenSpamRules_whenHostReportsMessages_thenWarnThenRemove() {
        String key = http.newMerchant("spam-shop");
        String leader = member(key, "leader");
        String spammer = member(key, "spammer");
        TestServer.Answer created = http.post("/v1/communities", key, """
                {"name": "Tea lovers", "leader": "%s", "positioning": "niche",
                 "moderation": {"allowedLinkDomains": ["shequn.dev"], "bannedWords": ["casino"],
                                "warningsBeforeRemoval": 1, "warningWindowDays": 30}}""".formatted(leader));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String tea = created.json().path("id").asText();
        TestServer.Answer channel = http.post("/v1/channels", key, "{\"name\": \"Tea\", \"code\": \"tea-1\", \"pool\": [\"" + tea + "\"]}");
        assertThat(channel.status()).isEqualTo(201);
        assertThat(http.post("/v1/channels/tea-1/joins", key, "{\"memberId\": \"" + spammer + "\"}").status()).isEqualTo(201);

        String path = "/v1/communities/" + tea + "/messages";
        TestServer.Answer fine = http.post(path, key, "{\"memberId\": \"" + spammer + "\", \"message\": \"see https://shequn.dev/tea\"}");
        assertThat(fine.status()).as(fine.toString()).isEqualTo(200);
        assertThat(fine.json().path("action").asText()).isEqualTo("none");
        TestServer.Answer warned = http.post(path, key, "{\"memberId\": \"" + spammer + "\", \"message\": \"win at the casino http://spam.example\"}");
        assertThat(warned.json().path("action").asText()).as(warned.toString()).isEqualTo("warn");
        TestServer.Answer removed = http.post(path, key, "{\"memberId\": \"" + spammer + "\", \"message\": \"casino again\"}");
        assertThat(removed.json().path("action").asText()).as(removed.toString()).isEqualTo("remove");
    }

    @Test
    void givenLadderAndRules_whenTiersEvaluated_thenAnswered() {
        String key = http.newMerchant("tier-shop");
        String member = member(key, "tina");
        TestServer.Answer rules = http.put("/v1/tag-rules", key,
                "{\"highValueAt\": {\"amount\": \"500.00\", \"currency\": \"CNY\"}, \"categoryTags\": true, \"lapsedAfterDays\": 90}");
        assertThat(rules.status()).as(rules.toString()).isEqualTo(200);
        TestServer.Answer ladder = http.put("/v1/tier-ladder", key, """
                {"tiers": [
                  {"code": "silver", "name": "Silver", "rules": [{"kind": "paid_orders_in_window", "windowDays": 365, "minOrders": 2}]},
                  {"code": "gold", "name": "Gold", "rules": [{"kind": "spend_in_window", "windowDays": 365,
                     "minSpend": {"amount": "1000.00", "currency": "CNY"}}]}],
                 "graceDays": 30}""");
        assertThat(ladder.status()).as(ladder.toString()).isEqualTo(200);
        assertThat(ladder.json().path("tierCodes").toString()).contains("silver", "gold");

        TestServer.Answer one = http.post("/v1/tier-evaluations", key, "{\"memberId\": \"" + member + "\"}");
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.json().path("changed").asBoolean()).isFalse();
        TestServer.Answer all = http.post("/v1/tier-evaluations", key, "{}");
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.json().path("evaluated").asLong()).isEqualTo(1);
    }

    @Test
    void givenContractExample_whenPricedOverHttp_thenTheContractAnswer() {
        String key = http.newMerchant("pricing-shop");
        JsonNode document = http.get("/openapi.json", null).json();
        JsonNode request = document.at("/paths/~1v1~1pricing~1evaluate/post/requestBody/content/application~1json/example");
        JsonNode expected = document.at("/paths/~1v1~1pricing~1evaluate/post/responses/200/content/application~1json/example");

        TestServer.Answer answer = http.post("/v1/pricing/evaluate", key, request.toString());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json()).isEqualTo(expected);
        assertThat(expected.path("total").asText()).isEqualTo("168.00");
    }

    @Test
    void givenBrokenPricingRequest_whenPriced_then400WithEveryViolationFromTheContractMapping() {
        String key = http.newMerchant("pricing-broken");
        TestServer.Answer answer = http.post("/v1/pricing/evaluate", key,
                "{\"currency\": \"CNY\", \"lines\": [{\"id\": \"l1\", \"unitPrice\": \"-1\", \"quantity\": 2}]}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("type").asText()).isEqualTo("https://shequn.dev/problems/invalid-request");
        assertThat(answer.json().path("errors").toString()).contains("/lines/0/unitPrice", "/at");
    }

    @Test
    void givenPricingBodyThatIsNotUtf8_whenPriced_then400MalformedJson() {
        String key = http.newMerchant("pricing-bytes");
        byte[] body = {'{', '"', 'c', 'u', 'r', 'r', 'e', 'n', 'c', 'y', '"', ':', '"', (byte) 0xC3, '"', '}'};
        TestServer.Answer answer = http.send("POST", "/v1/pricing/evaluate", key, "application/json", body, java.util.Map.of());
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.problemType()).isEqualTo("malformed-json");
    }
}
