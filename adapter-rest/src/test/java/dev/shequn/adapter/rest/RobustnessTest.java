package dev.shequn.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Bad input to every POST, PUT and PATCH route: malformed JSON, wrong types, missing and unknown fields,
 * numbers out of range, 20-digit amounts, 1 MiB strings, control characters and broken Unicode, oversized
 * bodies, wrong content types. Each bad request is made from the route's documented example (so it reaches
 * the route with valid ids of a real world) and is bad by the document's own schema: the server must answer
 * it with a 4xx problem, and the outbox feed must be the same after all of them. The untouched example must
 * then succeed, which shows the bad ones failed for their badness alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RobustnessTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MIB = 1024 * 1024;

    private TestServer http;
    private JsonNode document;
    private SchemaChecker checker;

    /** The server under test; a subclass runs the same tests on other storage. */
    TestServer newServer() {
        return new TestServer();
    }

    @BeforeAll
    void start() {
        http = newServer();
        document = http.get("/openapi.json", null).json();
        checker = new SchemaChecker(document);
    }

    @AfterAll
    void stop() {
        http.close();
    }

    @TestFactory
    List<DynamicTest> everyWriteRoute() {
        List<DynamicTest> tests = new ArrayList<>();
        int n = 0;
        for (String route : http.server.routes()) {
            String method = route.substring(0, route.indexOf(' '));
            if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
                String merchant = "robust-" + (++n);
                tests.add(DynamicTest.dynamicTest(route, () -> checkRoute(route, merchant)));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(10);
        return tests;
    }

    /** A request that must be refused, and the status it must be refused with (0: any 4xx). */
    private record Bad(String what, String contentType, byte[] body, int status) {}

    private void checkRoute(String route, String merchantId) {
        String method = route.substring(0, route.indexOf(' '));
        String template = route.substring(route.indexOf(' ') + 1);
        JsonNode operation = document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
        JsonNode media = operation.at("/requestBody/content/application~1json");
        assertThat(media.isMissingNode()).as(route + " documents a JSON body").isFalse();
        JsonNode schema = media.get("schema");

        boolean admin = route.equals("POST /v1/merchants");
        World world = new World(http, merchantId);
        String key = admin ? TestServer.ADMIN_KEY : world.key;
        String path = world.path(template);
        JsonNode example = readTree(world.body(media.get("example")));
        if (admin) {
            ((ObjectNode) example).put("merchantId", merchantId + "-new");
        }

        List<Bad> bads = new ArrayList<>();
        malformed(bads);
        wrongContentTypes(example, bads);
        bads.add(new Bad("a body over 1 MiB", "application/json", oversized(example), 413));
        List<String> schemaValidButOdd = new ArrayList<>();
        mutations(example, schema, (what, mutated) -> {
            List<String> errors = checker.check(schema, mutated);
            if (errors.isEmpty()) {
                schemaValidButOdd.add(what);
            } else {
                bads.add(new Bad(what + " (" + errors.get(0) + ")", "application/json",
                        mutated.toString().getBytes(StandardCharsets.UTF_8), 400));
            }
        });
        assertThat(bads).as(route).hasSizeGreaterThan(15);

        String feedBefore = feed(world);
        List<String> failures = new ArrayList<>();
        for (Bad bad : bads) {
            TestServer.Answer answer;
            try {
                answer = http.send(method, path, key, bad.contentType(), bad.body(), Map.of());
            } catch (RuntimeException e) {
                failures.add(bad.what() + " -> no answer: " + e.getMessage());
                continue;
            }
            boolean statusOk = bad.status() == 0 ? answer.status() >= 400 && answer.status() < 500 : answer.status() == bad.status();
            if (!statusOk || !isProblem(answer)) {
                failures.add(bad.what() + " -> " + abbreviate(answer.toString()));
            }
        }
        assertThat(failures).as(route).isEmpty();
        assertThat(feed(world)).as(route + ": the outbox after refused requests").isEqualTo(feedBefore);

        TestServer.Answer valid = http.send(method, path, key, "application/json",
                example.toString().getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(valid.status()).as(route + " with its example: " + valid).isBetween(200, 299);
    }

    private boolean isProblem(TestServer.Answer answer) {
        if (!answer.contentType().startsWith(Problem.MEDIA_TYPE)) {
            return false;
        }
        JsonNode problem = answer.json();
        return problem.path("type").asText().startsWith(Problem.BASE) && problem.path("status").asInt() == answer.status()
                && checker.check(document.at("/components/schemas/Problem"), problem).isEmpty();
    }

    private static void malformed(List<Bad> bads) {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        for (String text : new String[] {"", "{", "}", "{\"a\":", "{\"a\" 1}", "[]", "[{}]", "\"text\"", "42", "null",
                "true", "{} {}", "{\"a\": 1,}", "{'a': 1}", "{\"a\": NaN}", "{\"a\": 01}", "{\"a\": \"\\x\"}",
                "{\"a\": 1, \"a\": 2}", "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000)}) {
            bodies.put("malformed " + abbreviate(text), text.getBytes(StandardCharsets.UTF_8));
        }
        bodies.put("malformed: invalid UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'});
        bodies.put("malformed: a NUL byte", new byte[] {'{', 0, '}'});
        bodies.forEach((what, body) -> bads.add(new Bad(what, "application/json", body, 400)));
    }

    private static void wrongContentTypes(JsonNode example, List<Bad> bads) {
        byte[] body = example.toString().getBytes(StandardCharsets.UTF_8);
        for (String type : new String[] {"text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "application/json-patch+json", "application/jsonx"}) {
            bads.add(new Bad("Content-Type " + type, type, body, 415));
        }
        bads.add(new Bad("no Content-Type", null, body, 415));
    }

    private static byte[] oversized(JsonNode example) {
        ObjectNode copy = example.deepCopy();
        copy.put("padding", "x".repeat(MIB + 16));
        return copy.toString().getBytes(StandardCharsets.UTF_8);
    }

    private interface Mutations {
        void accept(String what, JsonNode mutated);
    }

    /** Every single-point change of the example: at each field, each object, each array. */
    private static void mutations(JsonNode example, JsonNode schema, Mutations out) {
        List<String> pointers = new ArrayList<>();
        collect(example, "", pointers);
        for (String pointer : pointers) {
            JsonNode original = example.at(pointer);
            for (Map.Entry<String, JsonNode> replacement : replacements(original).entrySet()) {
                out.accept(replacement.getKey() + " at " + (pointer.isEmpty() ? "/" : pointer),
                        replaced(example, pointer, replacement.getValue()));
            }
            if (original.isObject()) {
                ObjectNode unknown = (ObjectNode) original.deepCopy();
                unknown.put("unknownFieldZz", 1);
                out.accept("an unknown field at " + pointer, replaced(example, pointer, unknown));
                for (Iterator<String> names = original.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    ObjectNode missing = (ObjectNode) original.deepCopy();
                    missing.remove(name);
                    out.accept("no " + pointer + "/" + name, replaced(example, pointer, missing));
                }
            }
        }
    }

    private static void collect(JsonNode node, String at, List<String> pointers) {
        pointers.add(at);
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> collect(f.getValue(), at + "/" + f.getKey().replace("~", "~0").replace("/", "~1"), pointers));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), at + "/" + i, pointers);
            }
        }
    }

    private static Map<String, JsonNode> replacements(JsonNode original) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        out.put("null", NODES.nullNode());
        if (!original.isTextual()) {
            out.put("a string", NODES.textNode("12"));
        }
        if (!original.isNumber()) {
            out.put("a number", NODES.numberNode(12));
        }
        if (!original.isBoolean()) {
            out.put("a boolean", NODES.booleanNode(true));
        }
        if (!original.isArray()) {
            out.put("an array", NODES.arrayNode().add(original.deepCopy()));
        }
        if (!original.isObject()) {
            out.put("an object", NODES.objectNode().set("value", original.deepCopy()));
        }
        if (original.isNumber()) {
            out.put("-1", NODES.numberNode(-1));
            out.put("0", NODES.numberNode(0));
            out.put("a fraction", NODES.numberNode(new BigDecimal("1.5")));
            out.put("a 20-digit number", NODES.numberNode(new BigInteger("99999999999999999999")));
            out.put("-2^63", NODES.numberNode(Long.MIN_VALUE));
            out.put("1e400", NODES.numberNode(new BigDecimal("1e400")));
        }
        if (original.isTextual()) {
            out.put("an empty string", NODES.textNode(""));
            out.put("a 1 MiB string", NODES.textNode("x".repeat(MIB - 4096)));
            out.put("a 20-digit amount", NODES.textNode("12345678901234567890.00"));
            out.put("a negative amount", NODES.textNode("-1.00"));
            out.put("a NUL", NODES.textNode("a\u0000b"));
            out.put("a control character", NODES.textNode("bell\u0007"));
            out.put("a line break", NODES.textNode("two\nlines"));
            out.put("a lone surrogate", NODES.textNode("\ud800"));
            out.put("right-to-left override and emoji", NODES.textNode("\u202egnp.exe 🫒"));
            out.put("Chinese", NODES.textNode("橄榄油"));
        }
        if (original.isArray()) {
            ArrayNode huge = NODES.arrayNode();
            for (int i = 0; i < 1001; i++) {
                huge.add(original.isEmpty() ? NODES.textNode("x" + i) : original.get(0).deepCopy());
            }
            out.put("1001 items", huge);
            out.put("an empty array", NODES.arrayNode());
        }
        return out;
    }

    private static JsonNode replaced(JsonNode example, String pointer, JsonNode value) {
        if (pointer.isEmpty()) {
            return value;
        }
        JsonNode copy = example.deepCopy();
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = copy.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent.isObject()) {
            ((ObjectNode) parent).set(last, value);
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), value);
        }
        return copy;
    }

    private String feed(World world) {
        return http.get("/v1/events?limit=500", world.key).json().path("items").toString();
    }

    private static JsonNode readTree(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }
}
