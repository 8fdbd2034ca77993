package dev.shequn.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The promotion and order seed flows over real HTTP: a member joins through a channel and is granted the
 * welcome coupon, quotes, places and pays with it; the 50/40/30 purchase ladder across orders and a refund
 * that takes the member back a step; tenant isolation and 401 on every new route.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderFlowTest {

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

    private void activePromotion(String key, String body, String id) {
        assertThat(ok(http.post("/v1/promotions", key, body), 201).path("status").asText()).isEqualTo("draft");
        assertThat(ok(http.patch("/v1/promotions/" + id, key, "{\"status\": \"active\"}"), 200).path("status").asText())
                .isEqualTo("active");
    }

    private static String cart(String member, String price, List<String> codes) {
        return """
                {"memberId": "%s", "currency": "CNY", "lines": [{"id": "l1", "sku": "olive-oil-750ml", "category": "oil",
                 "unitPrice": "%s", "quantity": 2}], "codes": [%s]}""".formatted(member, price,
                String.join(", ", codes.stream().map(c -> "\"" + c + "\"").toList()));
    }

    private static String ladderStep(int ordinal, String percent) {
        return """
                {"currency": "CNY", "definition": {"id": "ladder-%d", "name": "Purchase %d", "group": "ladder",
                 "conditions": [{"type": "purchaseOrdinal", "equals": %d}],
                 "effect": {"type": "percentOff", "percent": "%s"}}}""".formatted(ordinal, ordinal, ordinal, percent);
    }

    private JsonNode placeAndPay(String key, String orderId, String cart) {
        ok(http.put("/v1/orders/" + orderId, key, cart), 201);
        return ok(http.post("/v1/orders/" + orderId + "/payment", key, "{}", "pay-" + orderId), 200);
    }

    @Test
    void givenWelcomeCoupon_whenGrantedToAMemberWhoJoinedThroughAChannel_thenQuotedPlacedAndPaidAtHalfPriceOnce() {
        String key = http.newMerchant("coupon-shop");
        String leader = member(key, "leader");
        String alice = member(key, "alice");
        String club = ok(http.post("/v1/communities", key,
                "{\"name\": \"Olive club\", \"leader\": \"" + leader + "\", \"positioning\": \"high_frequency\"}"), 201).path("id").asText();
        ok(http.post("/v1/channels", key, "{\"name\": \"Spring\", \"code\": \"olive-spring\", \"pool\": [\"" + club + "\"]}"), 201);
        ok(http.post("/v1/channels/olive-spring/joins", key, "{\"memberId\": \"" + alice + "\"}"), 201);
        activePromotion(key, """
                {"currency": "CNY", "definition": {"id": "welcome-half", "name": "Welcome: half price", "code": "WELCOME-HALF",
                 "conditions": [{"type": "memberOf", "communities": ["%s"]}], "effect": {"type": "percentOff", "percent": "50"},
                 "perMemberLimit": 1},
                 "couponTerms": {"quantity": 100, "perMemberGrantLimit": 1, "validDays": 7, "refundPolicy": "restore"}}""".formatted(club),
                "welcome-half");

        JsonNode coupon = ok(http.post("/v1/promotions/welcome-half/grants", key, "{\"memberId\": \"" + alice + "\"}", "grant-1"), 201);
        TestServer.Answer replay = http.post("/v1/promotions/welcome-half/grants", key, "{\"memberId\": \"" + alice + "\"}", "grant-1");
        TestServer.Answer second = http.post("/v1/promotions/welcome-half/grants", key, "{\"memberId\": \"" + alice + "\"}");
        String code = coupon.path("code").asText();
        JsonNode quote = ok(http.post("/v1/orders/o-1/quote", key, cart(alice, "168.00", List.of(code))), 200);
        JsonNode placed = ok(http.put("/v1/orders/o-1", key, cart(alice, "168.00", List.of(code))), 201);
        JsonNode coupons = ok(http.get("/v1/members/" + alice + "/coupons", key), 200);
        JsonNode paid = ok(http.post("/v1/orders/o-1/payment", key, "{}", "pay-o-1"), 200);
        JsonNode redeemed = ok(http.get("/v1/members/" + alice + "/coupons", key), 200);
        JsonNode promotion = ok(http.get("/v1/promotions/welcome-half", key), 200);
        TestServer.Answer again = http.post("/v1/promotions/welcome-half/grants", key, "{\"memberId\": \"" + alice + "\"}");

        assertThat(coupon.path("state").asText()).isEqualTo("available");
        assertThat(coupon.path("validUntil").asText()).isEqualTo("2026-03-08T08:00:00Z");
        assertThat(replay.headers()).containsEntry("idempotent-replayed", "true");
        assertThat(replay.json().path("code").asText()).isEqualTo(code);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("reason").asText()).isEqualTo("PER_MEMBER_LIMIT_REACHED");
        assertThat(quote.path("total").asText()).isEqualTo("168.00");
        assertThat(quote.path("applied").get(0).path("promotion").asText()).isEqualTo("welcome-half");
        assertThat(placed.path("status").asText()).isEqualTo("placed");
        assertThat(placed.path("totals").path("total").path("amount").asText()).isEqualTo("168.00");
        assertThat(placed.path("promotions").get(0).path("coupon").asText()).isEqualTo(code);
        assertThat(coupons.path("items").get(0).path("state").asText()).isEqualTo("reserved");
        assertThat(paid.path("status").asText()).isEqualTo("paid");
        assertThat(redeemed.path("items").get(0).path("state").asText()).isEqualTo("redeemed");
        assertThat(redeemed.path("items").get(0).path("orderId").asText()).isEqualTo("o-1");
        assertThat(promotion.path("counters").path("couponsGranted").asLong()).isEqualTo(1);
        assertThat(promotion.path("counters").path("redemptionsUsed").asLong()).isEqualTo(1);
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void givenPurchaseLadder_whenThreeOrdersPaidAndTheSecondRefunded_thenFiftyFortyThirtyAndBackAStep() {
        String key = http.newMerchant("ladder-shop");
        String bo = member(key, "bo");
        activePromotion(key, ladderStep(1, "50"), "ladder-1");
        activePromotion(key, ladderStep(2, "40"), "ladder-2");
        activePromotion(key, ladderStep(3, "30"), "ladder-3");

        JsonNode first = placeAndPay(key, "o-1", cart(bo, "50.00", List.of()));
        JsonNode second = placeAndPay(key, "o-2", cart(bo, "50.00", List.of()));
        JsonNode thirdQuote = ok(http.post("/v1/orders/o-3/quote", key, cart(bo, "50.00", List.of())), 200);
        JsonNode partial = ok(http.post("/v1/orders/o-2/refunds", key, "{\"refundId\": \"r-1\", \"units\": {\"l1\": 1}}", "refund-1"), 201);
        TestServer.Answer repeat = http.post("/v1/orders/o-2/refunds", key, "{\"refundId\": \"r-1\", \"units\": {\"l1\": 1}}");
        JsonNode rest = ok(http.post("/v1/orders/o-2/refunds", key, "{\"refundId\": \"r-2\"}"), 201);
        JsonNode third = placeAndPay(key, "o-3", cart(bo, "50.00", List.of()));
        JsonNode list = ok(http.get("/v1/promotions?limit=2", key), 200);
        JsonNode page2 = ok(http.get("/v1/promotions?limit=2&cursor=" + list.path("nextCursor").asText(), key), 200);
        ok(http.put("/v1/orders/o-4", key, cart(bo, "50.00", List.of())), 201);
        JsonNode cancelled = ok(http.post("/v1/orders/o-4/cancellation", key, "{}"), 200);
        TestServer.Answer payCancelled = http.post("/v1/orders/o-4/payment", key, "{}");
        TestServer.Answer otherCart = http.put("/v1/orders/o-3", key, cart(bo, "60.00", List.of()));

        assertThat(first.path("totals").path("total").path("amount").asText()).isEqualTo("50.00");
        assertThat(second.path("totals").path("total").path("amount").asText()).isEqualTo("60.00");
        assertThat(thirdQuote.path("total").asText()).isEqualTo("70.00");
        assertThat(partial.path("amount").path("amount").asText()).isEqualTo("30.00");
        assertThat(partial.path("order").path("status").asText()).isEqualTo("partially_refunded");
        assertThat(repeat.status()).as(repeat.toString()).isBetween(200, 201);
        assertThat(repeat.json().path("amount").path("amount").asText()).isEqualTo("30.00");
        assertThat(rest.path("completesOrder").asBoolean()).isTrue();
        assertThat(rest.path("order").path("status").asText()).isEqualTo("refunded");
        assertThat(third.path("totals").path("total").path("amount").asText()).as("the refunded order no longer counts")
                .isEqualTo("60.00");
        assertThat(list.path("items").findValuesAsText("id")).containsExactly("ladder-1", "ladder-2");
        assertThat(page2.path("items").findValuesAsText("id")).containsExactly("ladder-3");
        assertThat(page2.path("nextCursor").isNull()).isTrue();
        assertThat(cancelled.path("status").asText()).isEqualTo("cancelled");
        assertThat(payCancelled.status()).isEqualTo(409);
        assertThat(payCancelled.json().path("reason").asText()).isEqualTo("CANCELLED");
        assertThat(otherCart.status()).isEqualTo(409);
        assertThat(otherCart.json().path("reason").asText()).isEqualTo("CONFLICTING_REPEAT");
    }

    @Test
    void givenAnotherMerchantsPromotionsAndOrders_whenAddressed_thenNotFound_andWithoutAKey401() {
        String owner = http.newMerchant("owner-shop");
        String bo = member(owner, "bo");
        activePromotion(owner, ladderStep(1, "50"), "ladder-1");
        placeAndPay(owner, "o-1", cart(bo, "50.00", List.of()));
        ok(http.put("/v1/orders/o-2", owner, cart(bo, "50.00", List.of())), 201);
        String other = http.newMerchant("other-shop");
        String otherBo = member(other, "bo");

        Map<String, TestServer.Answer> answers = Map.of(
                "find", http.get("/v1/promotions/ladder-1", other),
                "patch", http.patch("/v1/promotions/ladder-1", other, "{\"status\": \"paused\"}"),
                "grant", http.post("/v1/promotions/ladder-1/grants", other, "{\"memberId\": \"" + otherBo + "\"}"),
                "pay", http.post("/v1/orders/o-2/payment", other, "{}"),
                "cancel", http.post("/v1/orders/o-2/cancellation", other, "{}"),
                "refund", http.post("/v1/orders/o-1/refunds", other, "{\"refundId\": \"r-1\"}"),
                "coupons", http.get("/v1/members/" + bo + "/coupons", other));
        answers.forEach((what, answer) -> {
            assertThat(answer.status()).as(what + ": " + answer).isEqualTo(404);
            assertThat(answer.isProblem()).as(what).isTrue();
        });
        assertThat(ok(http.get("/v1/promotions", other), 200).path("items")).isEmpty();
        assertThat(ok(http.get("/v1/members/" + bo + "/coupons", owner), 200).path("items")).isEmpty();
        assertThat(ok(http.get("/v1/promotions/ladder-1", owner), 200).path("status").asText()).isEqualTo("active");
        assertThat(ok(http.post("/v1/orders/o-2/cancellation", owner, "{}"), 200).path("status").asText()).isEqualTo("cancelled");

        List<TestServer.Answer> anonymous = List.of(
                http.post("/v1/promotions", null, ladderStep(2, "40")),
                http.get("/v1/promotions", null),
                http.get("/v1/promotions/ladder-1", null),
                http.patch("/v1/promotions/ladder-1", "wrong-key", "{\"status\": \"paused\"}"),
                http.post("/v1/promotions/ladder-1/grants", null, "{\"memberId\": \"" + bo + "\"}"),
                http.get("/v1/members/" + bo + "/coupons", "wrong-key"),
                http.post("/v1/orders/o-3/quote", null, cart(bo, "50.00", List.of())),
                http.put("/v1/orders/o-3", "wrong-key", cart(bo, "50.00", List.of())),
                http.post("/v1/orders/o-1/payment", null, "{}"),
                http.post("/v1/orders/o-1/cancellation", null, "{}"),
                http.post("/v1/orders/o-1/refunds", TestServer.ADMIN_KEY, "{\"refundId\": \"r-1\"}"));
        assertThat(anonymous).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
            assertThat(answer.isProblem()).isTrue();
        });
    }
}
