package dev.shequn.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Invite and reward over real HTTP: an invite code, an invitee joining through a channel and buying, a share,
 * a top-up rebate, the ledger, and a withdrawal with the merchant's decision; tenant isolation and 401.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralFlowTest {

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

    private static JsonNode ok(TestServer.Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        return answer.json();
    }

    private String member(String key, String externalId) {
        TestServer.Answer answer = http.put("/v1/members/" + externalId, key, "{}");
        assertThat(answer.status()).as(answer.toString()).isIn(200, 201);
        return answer.json().path("id").asText();
    }

    private JsonNode ledger(String key, String member) {
        return ok(http.get("/v1/members/" + member + "/ledger", key), 200);
    }

    private static String cny(JsonNode money) {
        assertThat(money.path("currency").asText()).isEqualTo("CNY");
        return money.path("amount").asText();
    }

    @Test
    void givenRules_whenAnInviteeJoinsBuysSharesAndTopsUp_thenTheInviterIsRewardedAndWithdraws() {
        String key = http.newMerchant("referral-shop");
        String leader = member(key, "leader");
        String alice = member(key, "alice");
        String bob = member(key, "bob");
        String club = ok(http.post("/v1/communities", key,
                "{\"name\": \"Olive club\", \"leader\": \"" + leader + "\", \"positioning\": \"high_frequency\"}"), 201).path("id").asText();
        ok(http.post("/v1/channels", key, "{\"name\": \"Friends\", \"code\": \"olive-friends\", \"pool\": [\"" + club + "\"]}"), 201);
        ok(http.put("/v1/incentive-rules", key, """
                {"ruleId": "first-buy", "name": "Your friend's first purchase: 200 points", "trigger": "invitee_first_purchase",
                 "beneficiary": "inviter", "points": 200}"""), 201);
        ok(http.put("/v1/incentive-rules", key, """
                {"ruleId": "share-points", "name": "Share: 10 points", "trigger": "share_reported", "beneficiary": "invitee",
                 "points": 10, "perDayCap": 3}"""), 201);
        ok(http.put("/v1/incentive-rules", key, """
                {"ruleId": "top-up-rebate", "name": "Friend tops up: 10% cash", "trigger": "invitee_top_up", "beneficiary": "inviter",
                 "percent": "5"}"""), 201);
        JsonNode replaced = ok(http.put("/v1/incentive-rules", key, """
                {"ruleId": "top-up-rebate", "name": "Friend tops up: 10% cash", "trigger": "invitee_top_up", "beneficiary": "inviter",
                 "percent": "10"}"""), 200);

        JsonNode code = ok(http.post("/v1/members/" + alice + "/invite-codes", key, "{}", "code-1"), 201);
        JsonNode sameCode = ok(http.post("/v1/members/" + alice + "/invite-codes", key, "{}"), 200);
        ok(http.post("/v1/channels/olive-friends/joins", key, "{\"memberId\": \"" + bob + "\", \"inviter\": \"" + alice + "\"}"), 201);
        ok(http.put("/v1/orders/o-1", key, """
                {"memberId": "%s", "currency": "CNY", "lines": [{"id": "l1", "unitPrice": "80.00", "quantity": 1}]}""".formatted(bob)), 201);
        ok(http.post("/v1/orders/o-1/payment", key, "{}"), 200);
        JsonNode shared = ok(http.post("/v1/members/" + bob + "/shares", key, "{\"shareId\": \"s-1\"}"), 200);
        JsonNode sharedAgain = ok(http.post("/v1/members/" + bob + "/shares", key, "{\"shareId\": \"s-1\"}"), 200);
        JsonNode toppedUp = ok(http.post("/v1/members/" + bob + "/top-ups", key,
                "{\"topUpId\": \"t-1\", \"amount\": {\"amount\": \"1000.00\", \"currency\": \"CNY\"}}"), 200);
        JsonNode aliceBefore = ledger(key, alice);
        JsonNode requested = ok(http.post("/v1/members/" + alice + "/withdrawals", key,
                "{\"amount\": {\"amount\": \"60.00\", \"currency\": \"CNY\"}}", "withdraw-1"), 201);
        TestServer.Answer tooMuch = http.post("/v1/members/" + alice + "/withdrawals", key,
                "{\"amount\": {\"amount\": \"1000.00\", \"currency\": \"CNY\"}}");
        String withdrawal = requested.path("withdrawalId").asText();
        JsonNode approved = ok(http.post("/v1/withdrawals/" + withdrawal + "/decision", key,
                "{\"decision\": \"approved\", \"note\": \"paid by bank transfer\"}"), 200);
        TestServer.Answer twice = http.post("/v1/withdrawals/" + withdrawal + "/decision", key, "{\"decision\": \"rejected\"}");
        JsonNode aliceAfter = ledger(key, alice);
        JsonNode firstPage = ok(http.get("/v1/members/" + alice + "/ledger?limit=1", key), 200);
        JsonNode secondPage = ok(http.get("/v1/members/" + alice + "/ledger?limit=1&cursor=" + firstPage.path("nextCursor").asText(), key), 200);

        assertThat(replaced.path("created").asBoolean()).isFalse();
        assertThat(code.path("code").asText()).matches("[23456789ABCDEFGHJKMNPQRSTWXYZ]{8}");
        assertThat(sameCode.path("code").asText()).isEqualTo(code.path("code").asText());
        assertThat(shared.path("rewards")).singleElement().satisfies(r -> {
            assertThat(r.path("ruleId").asText()).isEqualTo("share-points");
            assertThat(r.path("beneficiary").asText()).isEqualTo(bob);
            assertThat(r.path("units").asLong()).isEqualTo(10);
        });
        assertThat(ledger(key, bob).path("balances").path("pointsAvailable").asLong()).as("the same share once").isEqualTo(10);
        assertThat(sharedAgain.path("rewards").findValuesAsText("rewardKey"))
                .allMatch(k -> k.equals(shared.path("rewards").get(0).path("rewardKey").asText()));
        assertThat(toppedUp.path("rewards")).singleElement().satisfies(r -> {
            assertThat(r.path("beneficiary").asText()).isEqualTo(alice);
            assertThat(r.path("units").asLong()).as("10% of 1000.00 in fen").isEqualTo(10_000);
        });
        assertThat(aliceBefore.path("balances").path("pointsFrozen").asLong()).as("first purchase, in its refund window")
                .isEqualTo(200);
        assertThat(cny(aliceBefore.path("balances").path("cashAvailable"))).isEqualTo("100.00");
        assertThat(aliceBefore.path("rewards").findValuesAsText("ruleId")).contains("first-buy", "top-up-rebate");
        assertThat(requested.path("status").asText()).isEqualTo("requested");
        assertThat(cny(requested.path("balances").path("cashWithdrawing"))).isEqualTo("60.00");
        assertThat(cny(requested.path("balances").path("cashAvailable"))).isEqualTo("40.00");
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.json().path("reason").asText()).isEqualTo("INSUFFICIENT_AVAILABLE");
        assertThat(approved.path("status").asText()).isEqualTo("approved");
        assertThat(cny(approved.path("balances").path("cashWithdrawing"))).isEqualTo("0.00");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().path("reason").asText()).isEqualTo("ALREADY_DECIDED");
        assertThat(aliceAfter.path("items").findValuesAsText("movement")).contains("grant", "withdrawal_requested", "withdrawal_approved");
        assertThat(firstPage.path("items")).hasSize(1);
        assertThat(secondPage.path("items").get(0).path("sequence").asLong())
                .isGreaterThan(firstPage.path("items").get(0).path("sequence").asLong());
    }

    @Test
    void givenAnotherMerchantsMembersAndWithdrawals_whenAddressed_thenNotFound_andWithoutAKey401() {
        String owner = http.newMerchant("referral-owner");
        String alice = member(owner, "alice");
        String bob = member(owner, "bob");
        String club = ok(http.post("/v1/communities", owner,
                "{\"name\": \"Club\", \"leader\": \"" + alice + "\", \"positioning\": \"high_frequency\"}"), 201).path("id").asText();
        ok(http.post("/v1/channels", owner, "{\"name\": \"Friends\", \"code\": \"owner-friends\", \"pool\": [\"" + club + "\"]}"), 201);
        ok(http.put("/v1/incentive-rules", owner, """
                {"ruleId": "rebate", "name": "Rebate", "trigger": "invitee_top_up", "beneficiary": "inviter", "percent": "10"}"""), 201);
        ok(http.post("/v1/channels/owner-friends/joins", owner, "{\"memberId\": \"" + bob + "\", \"inviter\": \"" + alice + "\"}"), 201);
        ok(http.post("/v1/members/" + bob + "/top-ups", owner,
                "{\"topUpId\": \"t-1\", \"amount\": {\"amount\": \"500.00\", \"currency\": \"CNY\"}}"), 200);
        String withdrawal = ok(http.post("/v1/members/" + alice + "/withdrawals", owner,
                "{\"amount\": {\"amount\": \"20.00\", \"currency\": \"CNY\"}}"), 201).path("withdrawalId").asText();
        String other = http.newMerchant("referral-other");

        List<TestServer.Answer> foreign = List.of(
                http.post("/v1/members/" + alice + "/invite-codes", other, "{}"),
                http.post("/v1/members/" + alice + "/shares", other, "{\"shareId\": \"s-1\"}"),
                http.post("/v1/members/" + bob + "/top-ups", other,
                        "{\"topUpId\": \"t-2\", \"amount\": {\"amount\": \"500.00\", \"currency\": \"CNY\"}}"),
                http.get("/v1/members/" + alice + "/ledger", other),
                http.post("/v1/members/" + alice + "/withdrawals", other, "{\"amount\": {\"amount\": \"20.00\", \"currency\": \"CNY\"}}"),
                http.post("/v1/withdrawals/" + withdrawal + "/decision", other, "{\"decision\": \"approved\"}"));
        assertThat(foreign).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.isProblem()).isTrue();
        });
        assertThat(cny(ledger(owner, alice).path("balances").path("cashWithdrawing"))).isEqualTo("20.00");

        List<TestServer.Answer> anonymous = List.of(
                http.post("/v1/members/" + alice + "/invite-codes", null, "{}"),
                http.put("/v1/incentive-rules", "wrong-key", """
                        {"ruleId": "rebate", "name": "Rebate", "trigger": "invitee_top_up", "beneficiary": "inviter", "percent": "10"}"""),
                http.post("/v1/members/" + alice + "/shares", null, "{\"shareId\": \"s-1\"}"),
                http.post("/v1/members/" + bob + "/top-ups", TestServer.ADMIN_KEY,
                        "{\"topUpId\": \"t-2\", \"amount\": {\"amount\": \"500.00\", \"currency\": \"CNY\"}}"),
                http.get("/v1/members/" + alice + "/ledger", null),
                http.post("/v1/members/" + alice + "/withdrawals", null, "{\"amount\": {\"amount\": \"20.00\", \"currency\": \"CNY\"}}"),
                http.post("/v1/withdrawals/" + withdrawal + "/decision", "wrong-key", "{\"decision\": \"approved\"}"));
        assertThat(anonymous).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
            assertThat(answer.isProblem()).isTrue();
        });
    }
}
