package dev.shequn.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A refused request names every fault with a JSON pointer to it, however deep. */
class ValidationPointersTest {

    private static TestServer http;
    private static World world;

    @BeforeAll
    static void start() {
        http = new TestServer();
        world = new World(http, "pointer-shop");
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    private static List<String> pointers(TestServer.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.problemType()).isEqualTo("invalid-request");
        List<String> pointers = new ArrayList<>();
        for (JsonNode error : answer.json().path("errors")) {
            pointers.add(error.path("pointer").asText());
        }
        return pointers;
    }

    @Test
    void givenSeveralFaults_whenCreatingCommunity_thenEachIsNamed() {
        TestServer.Answer answer = http.post("/v1/communities", world.key,
                "{\"name\": \"bell\\u0007\", \"leader\": \"" + world.alice + "\", \"capacity\": 0}");
        assertThat(pointers(answer)).containsExactly("/capacity", "/name", "/positioning");
    }

    @Test
    void givenNestedFault_whenSettingLadder_thenPointerReachesIt() {
        TestServer.Answer answer = http.put("/v1/tier-ladder", world.key, """
                {"tiers": [{"code": "silver", "name": "Silver", "rules": [{"kind": "paid_orders_in_window", "windowDays": 0, "minOrders": 2}]}]}""");
        assertThat(pointers(answer)).containsExactly("/tiers/0/rules/0/windowDays");
    }

    @Test
    void givenBadListElement_whenUpsertingMember_thenPointerNamesTheElement() {
        TestServer.Answer answer = http.put("/v1/members/zoe", world.key, "{\"manualTags\": [\"ok\", \"\"]}");
        assertThat(pointers(answer)).containsExactly("/manualTags/1");
    }

    @Test
    void givenWrongTypeDeepInside_whenSettingLadder_thenPointerFromTheJsonBinding() {
        TestServer.Answer answer = http.put("/v1/tier-ladder", world.key, """
                {"tiers": [{"code": "silver", "name": "Silver", "rules": [{"kind": "paid_orders_in_window", "windowDays": "365"}]}]}""");
        assertThat(pointers(answer)).containsExactly("/tiers/0/rules/0/windowDays");
    }

    @Test
    void givenUnknownField_whenCreatingChannel_thenPointerToIt() {
        TestServer.Answer answer = http.post("/v1/channels", world.key,
                "{\"name\": \"x\", \"pool\": [\"" + world.community + "\"], \"poool\": []}");
        assertThat(pointers(answer)).containsExactly("/poool");
    }

    @Test
    void givenAmountWithTooManyDecimalsForItsCurrency_whenSettingTagRules_thenPointerToTheMoney() {
        TestServer.Answer answer = http.put("/v1/tag-rules", world.key,
                "{\"highValueAt\": {\"amount\": \"500.001\", \"currency\": \"CNY\"}, \"categoryTags\": true}");
        assertThat(pointers(answer)).containsExactly("/highValueAt");
    }
}
