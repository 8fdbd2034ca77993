package dev.shequn.application.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.application.json.JsonObject;
import dev.shequn.application.json.JsonParser;
import dev.shequn.application.json.JsonWriter;
import dev.shequn.application.port.in.EvaluatePricingUseCase;
import dev.shequn.application.port.in.EvaluatePricingUseCase.JsonReply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine against a separate evaluation of the contract (see {@code contract/differential/README.md}):
 * 600 random valid requests, each answer compared as the contract compares examples.
 */
class DifferentialCasesTest {

    private static final String CASES = "/contract/differential/cases.jsonl";

    private final EvaluatePricingUseCase pricing = new EvaluatePricingService();

    record Case(int line, String request, String answer) {
        @Override
        public String toString() {
            return "case on line " + line;
        }
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(DifferentialCasesTest.class.getResourceAsStream(CASES), CASES);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            int line = 0;
            while ((text = reader.readLine()) != null) {
                line++;
                JsonObject pair = (JsonObject) JsonParser.parse(text).get();
                cases.add(new Case(line, JsonWriter.compact(pair.first("request").orElseThrow()),
                        JsonWriter.compact(pair.first("answer").orElseThrow())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givenARandomValidRequest_whenPricing_thenTheAnswerMatchesTheSeparateEvaluation(Case c) {
        JsonReply reply = pricing.evaluateJson(c.request());

        assertThat(reply.status()).as(c.request()).isEqualTo(200);
        assertThat(ContractAnswerMatcher.differences(c.answer(), reply.body())).as(c.request()).isEmpty();
    }
}
