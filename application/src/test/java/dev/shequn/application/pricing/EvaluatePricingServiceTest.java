package dev.shequn.application.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.application.json.JsonObject;
import dev.shequn.application.json.JsonParser;
import dev.shequn.application.json.JsonValue;
import dev.shequn.application.port.in.EvaluatePricingUseCase;
import dev.shequn.application.port.in.EvaluatePricingUseCase.ContractRequest;
import dev.shequn.application.port.in.EvaluatePricingUseCase.InvalidRequest;
import dev.shequn.application.port.in.EvaluatePricingUseCase.JsonReply;
import dev.shequn.application.port.in.EvaluatePricingUseCase.PricingRefused;
import dev.shequn.application.port.in.EvaluatePricingUseCase.Violation;
import dev.shequn.domain.promotion.CartLine;
import dev.shequn.domain.promotion.Effect;
import dev.shequn.domain.promotion.PricingAnswer;
import dev.shequn.domain.promotion.PricingRequest;
import dev.shequn.domain.promotion.Promotion;
import dev.shequn.domain.promotion.Stacking;
import dev.shequn.domain.promotion.Target;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EvaluatePricingServiceTest {

    private final EvaluatePricingUseCase pricing = new EvaluatePricingService();

    static Stream<ContractExamples.Example> examples() {
        return ContractExamples.all().stream();
    }

    @Test
    void givenTheContractsExamplesFolder_whenListed_thenAllNineteenAreThere() {
        assertThat(ContractExamples.all()).hasSize(19);
        assertThat(ContractExamples.all().stream().filter(ContractExamples.Example::isRefusal))
                .extracting(ContractExamples.Example::name)
                .containsExactly("06-invalid-request", "19-refused-types-and-pointers");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void givenAContractExample_whenEvaluatingItsJson_thenTheReplyMatchesTheExpectedAnswer(ContractExamples.Example example) {
        JsonReply reply = pricing.evaluateJson(example.request());

        assertThat(reply.status()).isEqualTo(example.isRefusal() ? 400 : 200);
        assertThat(reply.contentType()).isEqualTo(example.isRefusal() ? "application/problem+json" : "application/json");
        assertThat(reply.body()).doesNotContain("\n");
        assertThat(ContractAnswerMatcher.differences(example.expected(), reply.body())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void givenAContractExample_whenEvaluatingItsTypedRequest_thenTheAnswerIsTheOneTheJsonGets(ContractExamples.Example example) {
        Either<List<Violation>, ContractRequest> read = PricingContractReader.read(example.request());
        if (example.isRefusal()) {
            assertThat(read.isLeft()).isTrue();
            return;
        }

        PricingAnswer answer = pricing.evaluate(read.get()).get();

        assertThat(PricingAnswerWriter.write(answer)).isEqualTo(pricing.evaluateJson(example.request()).body());
    }

    @Test
    void givenAnAnswer_whenWritten_thenItHasTheContractsFieldsInTheContractsOrder() {
        JsonReply reply = pricing.evaluateJson(ContractExamples.example("12-unknown-and-duplicate-codes").request());

        JsonObject answer = (JsonObject) JsonParser.parse(reply.body()).get();
        assertThat(answer.members()).extracting(JsonObject.Member::name).containsExactly("currency", "subtotal",
                "discountTotal", "shipping", "shippingDiscount", "total", "depositPaid", "lines", "gifts", "applied", "rejected");
        assertThat(reply.body())
                .contains("{\"id\":\"l2\",\"subtotal\":\"88.00\",\"discount\":\"0.00\",\"total\":\"88.00\",\"allocations\":[]}")
                .contains("\"gifts\":[{\"promotion\":\"tea-club-cup\",\"sku\":\"tasting-cup\",\"quantity\":1}]")
                .contains("{\"promotion\":\"spring-5\",\"code\":\"SPRING5\",\"reason\":\"EXPIRED\",\"detail\":")
                .contains("{\"promotion\":null,\"code\":\"nope-2026\",\"reason\":\"UNKNOWN_CODE\",\"detail\":");
    }

    @Test
    void givenAnAutomaticPromotion_whenAnswered_thenItsCodeIsWrittenAsNull() {
        JsonReply reply = pricing.evaluateJson(ContractExamples.example("02-purchase-ladder-second-order").request());

        assertThat(reply.body()).contains("\"applied\":[{\"promotion\":\"ladder-2\",\"code\":null,\"amount\":\"103.56\"}]");
    }

    @Test
    void givenYen_whenAnswered_thenAmountsHaveNoDecimals() {
        JsonReply reply = pricing.evaluateJson("""
                {"currency":"JPY","at":"2026-11-23T10:00:00+09:00",
                 "lines":[{"id":"l1","unitPrice":"1000","quantity":3}],"shipping":"500",
                 "promotions":[{"id":"p","effect":{"type":"percentOff","percent":"33.3"}}]}
                """);

        assertThat(reply.body()).startsWith("{\"currency\":\"JPY\",\"subtotal\":\"3000\",\"discountTotal\":\"999\","
                + "\"shipping\":\"500\",\"shippingDiscount\":\"0\",\"total\":\"2501\",\"depositPaid\":\"0\"");
    }

    @Test
    void givenDinars_whenAnswered_thenAmountsHaveThreeDecimals() {
        JsonReply reply = pricing.evaluateJson("""
                {"currency":"KWD","at":"2026-11-23T10:00:00+03:00",
                 "lines":[{"id":"l1","unitPrice":"1.5","quantity":1}],
                 "promotions":[{"id":"p","effect":{"type":"amountOff","amount":"0.125"}}]}
                """);

        assertThat(reply.body()).startsWith("{\"currency\":\"KWD\",\"subtotal\":\"1.500\",\"discountTotal\":\"0.125\","
                + "\"shipping\":\"0.000\",\"shippingDiscount\":\"0.000\",\"total\":\"1.375\",\"depositPaid\":\"0.000\"");
    }

    @Test
    void givenUnreadableJson_whenEvaluating_thenTheProblemHasOneErrorAtTheRootWithLineAndColumn() {
        JsonReply reply = pricing.evaluateJson("{\"currency\": \"CNY\",\n \"at\": }");

        JsonObject problem = (JsonObject) JsonParser.parse(reply.body()).get();
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).startsWith("{\"type\":\"https://shequn.dev/problems/invalid-request\","
                + "\"title\":\"Invalid pricing request\",\"status\":400,\"detail\":");
        assertThat(reply.body()).contains("\"errors\":[{\"pointer\":\"\",\"detail\":").contains("line 2, column 8");
        assertThat(problem.members()).extracting(JsonObject.Member::name)
                .containsExactly("type", "title", "status", "detail", "errors");
    }

    private static final Currency CNY = Currency.getInstance("CNY");

    private static CartLine line(String id, String price) {
        return new CartLine(id, Optional.empty(), Optional.empty(), Money.of(price, CNY), 1);
    }

    private static Promotion promotion(String id, Effect effect) {
        return new Promotion(id, Optional.empty(), Optional.empty(), Optional.empty(), 0, Stacking.STACKABLE,
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Target.EVERY_LINE, effect,
                Optional.empty(), Optional.empty(), Optional.empty(), OptionalLong.empty());
    }

    private static PricingRequest cart(CartLine... lines) {
        return new PricingRequest(CNY, Instant.parse("2026-11-23T02:00:00Z"), Optional.empty(), List.of(lines),
                Money.zero(CNY), List.of());
    }

    @Test
    void givenATypedRequestWithDuplicateIds_whenEvaluating_thenItIsRefusedAtTheLaterIds() {
        Effect tenOff = new Effect.AmountOff(Money.of("1", CNY), Effect.Per.ORDER, OptionalLong.empty());
        ContractRequest contract = new ContractRequest(cart(line("l1", "10"), line("l1", "5")),
                List.of(promotion("p", tenOff), promotion("p", tenOff)));

        Either<PricingRefused, PricingAnswer> answer = pricing.evaluate(contract);

        assertThat(answer.getLeft()).isInstanceOfSatisfying(InvalidRequest.class, invalid ->
                assertThat(invalid.violations()).extracting(Violation::pointer).containsExactly("/lines/1/id", "/promotions/1/id"));
    }

    @Test
    void givenATypedPromotionWithAmountsInAnotherCurrency_whenEvaluating_thenEachAmountIsRefused() {
        Currency usd = Currency.getInstance("USD");
        Promotion inDollars = promotion("p", new Effect.DepositCredit(Money.of("1", usd), Money.of("2", usd)));

        Either<PricingRefused, PricingAnswer> answer = pricing.evaluate(new ContractRequest(cart(line("l1", "10")), List.of(inDollars)));

        assertThat(((InvalidRequest) answer.getLeft()).violations()).extracting(Violation::pointer)
                .containsExactly("/promotions/0/effect/deposit", "/promotions/0/effect/credit");
    }

    @Test
    void givenATypedValidRequest_whenEvaluating_thenItIsPriced() {
        Effect half = new Effect.PercentOff(java.math.BigDecimal.valueOf(50), OptionalLong.empty());

        PricingAnswer answer = pricing.evaluate(new ContractRequest(cart(line("l1", "10")), List.of(promotion("p", half)))).get();

        assertThat(answer.total()).isEqualTo(Money.of("5.00", CNY));
    }

    @Test
    void givenTheSameRequestTwice_whenEvaluating_thenTheRepliesAreIdentical() {
        String request = ContractExamples.example("05-presale-deposit-and-gift").request();

        assertThat(pricing.evaluateJson(request)).isEqualTo(pricing.evaluateJson(request));
    }

    @Test
    void givenAProblemBody_whenParsed_thenItIsOneJsonValue() {
        JsonValue problem = JsonParser.parse(pricing.evaluateJson("[]").body()).get();

        assertThat(problem).isInstanceOf(JsonObject.class);
    }
}
