package dev.shequn.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The checker must catch what it claims to, or the examples test proves nothing. */
class SchemaCheckerTest {

    private static final JsonNode DOCUMENT = OpenApiDocumentTest.parse("""
            {"components": {"schemas": {
              "Thing": {"type": "object", "required": ["id", "size"], "additionalProperties": false,
                "properties": {
                  "id": {"type": "string", "pattern": "^t-[0-9]+$", "maxLength": 8},
                  "size": {"type": "integer", "minimum": 1, "maximum": 10},
                  "colour": {"type": "string", "enum": ["red", "green"]},
                  "tags": {"type": "array", "maxItems": 2, "items": {"type": "string"}},
                  "note": {"type": ["string", "null"]}}}}}}
            """);
    private static final JsonNode THING = OpenApiDocumentTest.parse("{\"$ref\": \"#/components/schemas/Thing\"}");

    private final SchemaChecker checker = new SchemaChecker(DOCUMENT);

    @Test
    void givenFittingValue_thenNoErrors() {
        assertThat(checker.check(THING, OpenApiDocumentTest.parse(
                "{\"id\": \"t-1\", \"size\": 3, \"colour\": \"red\", \"tags\": [\"a\"], \"note\": null}"))).isEmpty();
    }

    @Test
    void givenEachKindOfBreak_thenEachIsReportedAtItsPointer() {
        assertThat(checker.check(THING, OpenApiDocumentTest.parse("{\"size\": 3}")))
                .containsExactly(": required property 'id' is missing");
        assertThat(checker.check(THING, OpenApiDocumentTest.parse("{\"id\": \"x-1\", \"size\": 3}")))
                .singleElement().asString().startsWith("/id: 'x-1' does not match");
        assertThat(checker.check(THING, OpenApiDocumentTest.parse("{\"id\": \"t-1\", \"size\": 11}")))
                .containsExactly("/size: above maximum 10");
        assertThat(checker.check(THING, OpenApiDocumentTest.parse("{\"id\": \"t-1\", \"size\": 0}")))
                .containsExactly("/size: below minimum 1");
        assertThat(checker.check(THING, OpenApiDocumentTest.parse("{\"id\": \"t-1\", \"size\": \"3\"}")))
                .singleElement().asString().startsWith("/size: expected type");
        assertThat(checker.check(THING, OpenApiDocumentTest.parse("{\"id\": \"t-1\", \"size\": 3, \"colour\": \"blue\"}")))
                .singleElement().asString().startsWith("/colour:");
        assertThat(checker.check(THING, OpenApiDocumentTest.parse("{\"id\": \"t-1\", \"size\": 3, \"extra\": 1}")))
                .containsExactly("/extra: property not allowed");
        assertThat(checker.check(THING, OpenApiDocumentTest.parse("{\"id\": \"t-1\", \"size\": 3, \"tags\": [1]}")))
                .singleElement().asString().startsWith("/tags/0: expected type");
        assertThat(checker.check(THING, OpenApiDocumentTest.parse("{\"id\": \"t-123456789\", \"size\": 3}")))
                .contains("/id: longer than 8");
        assertThat(checker.check(THING, OpenApiDocumentTest.parse("{\"id\": \"t-1\", \"size\": 3, \"tags\": [\"a\", \"b\", \"c\"]}")))
                .containsExactly("/tags: more than 2 items");
    }

    @Test
    void givenUnsupportedKeyword_thenReported() {
        assertThat(checker.check(OpenApiDocumentTest.parse("{\"type\": \"string\", \"multipleOf\": 2}"),
                OpenApiDocumentTest.parse("\"x\""))).singleElement().asString().contains("multipleOf");
    }
}
