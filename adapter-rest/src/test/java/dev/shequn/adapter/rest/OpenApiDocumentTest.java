package dev.shequn.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds the hand-written OpenAPI document true: to the routes Javalin serves, and to its own schemas. */
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private static TestServer http;
    private static JsonNode document;

    @BeforeAll
    static void start() {
        http = new TestServer();
        TestServer.Answer answer = http.get("/openapi.json", null);
        assertThat(answer.status()).isEqualTo(200);
        document = answer.json();
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @Test
    void givenServedDocument_thenItIsOpenApi31() {
        assertThat(document.path("openapi").asText()).startsWith("3.1.");
        assertThat(document.path("paths").size()).isPositive();
    }

    @Test
    void givenRegisteredRoutes_whenComparedWithDocument_thenEveryRouteIsDocumentedAndEveryDocumentedRouteExists() {
        Set<String> documented = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        Set<String> registered = new TreeSet<>(http.server.routes());

        assertThat(registered).isNotEmpty();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
    }

    @Test
    void givenEveryExampleInTheDocument_whenCheckedAgainstItsSchema_thenItFits() {
        SchemaChecker checker = new SchemaChecker(document);
        List<String> failures = new ArrayList<>();
        int[] checked = {0};
        walk(document, "", (at, node) -> {
            if (node.has("schema") && (node.has("example") || node.has("examples"))) {
                JsonNode schema = node.get("schema");
                List<JsonNode> examples = new ArrayList<>();
                if (node.has("example")) {
                    examples.add(node.get("example"));
                }
                node.path("examples").fields().forEachRemaining(e -> examples.add(resolveExample(checker, e.getValue())));
                for (JsonNode example : examples) {
                    checked[0]++;
                    checker.check(schema, example).forEach(error -> failures.add(at + " example" + error));
                }
            }
        });
        assertThat(failures).isEmpty();
        assertThat(checked[0]).isGreaterThan(5);
    }

    @Test
    void givenEveryReferenceInTheDocument_thenItResolves() {
        SchemaChecker checker = new SchemaChecker(document);
        List<String> dangling = new ArrayList<>();
        walk(document, "", (at, node) -> {
            if (node.has("$ref")) {
                try {
                    checker.resolve(node.get("$ref").asText());
                } catch (IllegalArgumentException e) {
                    dangling.add(at + ": " + e.getMessage());
                }
            }
        });
        assertThat(dangling).isEmpty();
    }

    @Test
    void givenEveryOperation_thenItHasAnIdAndASuccessAnswer_andMerchantRoutesDocument401() {
        List<String> missing = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            String name = op.getKey() + " " + path.getKey();
            JsonNode operation = op.getValue();
            if (!operation.hasNonNull("operationId")) {
                missing.add(name + ": operationId");
            }
            boolean success = false;
            for (Iterator<String> codes = operation.path("responses").fieldNames(); codes.hasNext(); ) {
                success |= codes.next().startsWith("2");
            }
            if (!success) {
                missing.add(name + ": a 2xx answer");
            }
            if (path.getKey().startsWith("/v1/") && !operation.path("responses").has("401")) {
                missing.add(name + ": 401");
            }
        }));
        assertThat(missing).isEmpty();
    }

    private static JsonNode resolveExample(SchemaChecker checker, JsonNode example) {
        JsonNode resolved = example.has("$ref") ? checker.resolve(example.get("$ref").asText()) : example;
        return resolved.get("value");
    }

    private interface Visitor {
        void visit(String at, JsonNode node);
    }

    private static void walk(JsonNode node, String at, Visitor visitor) {
        if (node.isObject()) {
            visitor.visit(at, node);
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                // Examples are data, not document structure: do not look for schemas inside them.
                if (!field.getKey().equals("example") && !field.getKey().equals("examples")) {
                    walk(field.getValue(), at + "/" + field.getKey().replace("~", "~0").replace("/", "~1"), visitor);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), at + "/" + i, visitor);
            }
        }
    }

    static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
