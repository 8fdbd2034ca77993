package dev.shequn.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the server really answers fits the document: every route's example, sent in a world, answered as documented. */
class ResponseConformanceTest {

    private static TestServer http;
    private static JsonNode document;
    private static SchemaChecker checker;

    @BeforeAll
    static void start() {
        http = new TestServer();
        document = http.get("/openapi.json", null).json();
        checker = new SchemaChecker(document);
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @Test
    void givenEachRoutesExample_whenSent_thenTheStatusIsDocumentedAndTheBodyFitsItsSchema() {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (String route : http.server.routes()) {
            String method = route.substring(0, route.indexOf(' '));
            String template = route.substring(route.indexOf(' ') + 1);
            JsonNode operation = document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
            World world = new World(http, "conform-" + (++n));
            JsonNode example = operation.at("/requestBody/content/application~1json/example");
            String body = example.isMissingNode() ? null : world.body(example);
            if (route.equals("POST /v1/merchants")) {
                body = body.replace("\"olive-shop\"", "\"conform-new-" + n + "\"");
            }
            String key = route.equals("POST /v1/merchants") ? TestServer.ADMIN_KEY : world.key;
            TestServer.Answer answer = http.send(method, world.path(template), key,
                    body == null ? null : "application/json", body, Map.of());

            JsonNode response = operation.path("responses").path(Integer.toString(answer.status()));
            if (response.has("$ref")) {
                response = checker.resolve(response.get("$ref").asText());
            }
            if (response.isMissingNode()) {
                failures.add(route + ": status " + answer.status() + " is not documented: " + answer);
                continue;
            }
            JsonNode content = response.path("content");
            if (content.size() == 0) {
                continue;
            }
            String mediaType = answer.contentType().split(";")[0].trim();
            JsonNode schema = content.path(mediaType).path("schema");
            if (schema.isMissingNode()) {
                failures.add(route + ": content type " + mediaType + " is not documented");
                continue;
            }
            checker.check(schema, answer.json()).forEach(error -> failures.add(route + " answer" + error));
        }
        assertThat(failures).isEmpty();
        assertThat(n).isGreaterThan(10);
    }

    @Test
    void givenErrorAnswers_whenChecked_thenTheyFitTheProblemSchema() {
        World world = new World(http, "conform-errors");
        JsonNode problemSchema = document.at("/components/schemas/Problem");
        List<TestServer.Answer> answers = List.of(
                http.get("/v1/events", null),
                http.get("/v1/events?limit=0", world.key),
                http.get("/v1/nowhere", world.key),
                http.post("/v1/communities", world.key, "{"),
                http.post("/v1/communities", world.key, "{\"name\": 1}"),
                http.patch("/v1/communities/c-404", world.key, "{}"),
                http.post("/v1/channels/" + World.CHANNEL + "/joins", world.key, "{\"memberId\": \"m-404\"}"),
                http.send("POST", "/v1/communities", world.key, "text/plain", "{}", Map.of()),
                http.send("DELETE", "/v1/communities", world.key, null, (String) null, Map.of()),
                http.get("/v1/" + "x".repeat(20_000), world.key));
        for (TestServer.Answer answer : answers) {
            assertThat(answer.status()).as(answer.toString()).isBetween(400, 499);
            assertThat(answer.contentType()).as(answer.toString()).startsWith(Problem.MEDIA_TYPE);
            assertThat(checker.check(problemSchema, answer.json())).as(answer.toString()).isEmpty();
            assertThat(answer.json().path("status").asInt()).isEqualTo(answer.status());
        }
    }
}
