package dev.shequn.application.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonParserTest {

    private static JsonValue parse(String text) {
        return JsonParser.parse(text).getOrElseThrow(e -> new AssertionError("not parsed: " + e));
    }

    private static JsonSyntaxError error(String text) {
        return JsonParser.parse(text).swap().getOrElseThrow(v -> new AssertionError("parsed: " + v));
    }

    @Test
    void givenANameTwice_whenParsing_thenBothMembersAreKeptInDocumentOrder() {
        JsonObject object = (JsonObject) parse("{\"priority\": 1, \"id\": \"p\", \"priority\": 2}");

        assertThat(object.members()).extracting(JsonObject.Member::name).containsExactly("priority", "id", "priority");
        assertThat(object.count("priority")).isEqualTo(2);
        assertThat(object.first("priority")).contains(new JsonNumber("1", new JsonPosition(1, 14)));
    }

    @Test
    void givenNumbers_whenParsing_thenTheirTextIsKeptAndIntegersAreToldApart() {
        JsonArray array = (JsonArray) parse("[2, 2.0, 2e0, -0, 123456789012345678901234567890]");

        assertThat(array.elements()).extracting(v -> ((JsonNumber) v).text())
                .containsExactly("2", "2.0", "2e0", "-0", "123456789012345678901234567890");
        assertThat(array.elements()).extracting(v -> ((JsonNumber) v).isInteger())
                .containsExactly(true, false, false, true, true);
        assertThat(((JsonNumber) array.get(4)).integerValue()).isEqualTo(new BigInteger("123456789012345678901234567890"));
    }

    @Test
    void givenValuesOnSeveralLines_whenParsing_thenEachKnowsItsLineAndColumn() {
        JsonObject object = (JsonObject) parse("{\n  \"a\": [true,\n    null],\n\t\"b\": \"x\"\n}");

        JsonArray a = (JsonArray) object.first("a").orElseThrow();
        assertThat(object.position()).isEqualTo(new JsonPosition(1, 1));
        assertThat(object.members().get(0).position()).isEqualTo(new JsonPosition(2, 3));
        assertThat(a.position()).isEqualTo(new JsonPosition(2, 8));
        assertThat(a.get(1).position()).isEqualTo(new JsonPosition(3, 5));
        assertThat(object.first("b").orElseThrow().position()).isEqualTo(new JsonPosition(4, 7));
    }

    @Test
    void givenEscapes_whenParsing_thenTheStringHoldsTheCharacters() {
        JsonString string = (JsonString) parse("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u4e2d\\uD83D\\uDE00\"");

        assertThat(string.value()).isEqualTo("a\"b\\c/d\b\f\n\r\t中\uD83D\uDE00");
    }

    @Test
    void givenUnicodeText_whenParsing_thenItIsKeptAsIs() {
        assertThat(((JsonString) parse("\"社群 🍵\"")).value()).isEqualTo("社群 🍵");
    }

    @Test
    void givenALeadingByteOrderMark_whenParsing_thenItIsSkipped() {
        assertThat(parse("\uFEFF{}")).isInstanceOf(JsonObject.class);
    }

    @Test
    void givenLiteralsAndEmptyContainers_whenParsing_thenTheyAreRead() {
        JsonArray array = (JsonArray) parse(" [ true , false , null , { } , [ ] ] ");

        assertThat(array.get(0)).isEqualTo(new JsonBoolean(true, new JsonPosition(1, 4)));
        assertThat(array.get(1)).isInstanceOf(JsonBoolean.class);
        assertThat(array.get(2)).isInstanceOf(JsonNull.class);
        assertThat(((JsonObject) array.get(3)).members()).isEmpty();
        assertThat(((JsonArray) array.get(4)).elements()).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {3} at {1}:{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``                      | 1 | 1 | no JSON value",
        "`   `                   | 1 | 4 | no JSON value",
        "`{\"a\": 1,}`           | 1 | 9 | expected a member name",
        "`[1, 2,]`               | 1 | 7 | expected a value",
        "`{\"a\" 1}`             | 1 | 6 | expected ':'",
        "`{'a': 1}`              | 1 | 2 | expected a member name",
        "`[01]`                  | 1 | 3 | leading zero",
        "`[1.]`                  | 1 | 4 | digits after '.'",
        "`[-]`                   | 1 | 3 | digits after '-'",
        "`[1e]`                  | 1 | 4 | exponent",
        "`[+1]`                  | 1 | 2 | expected a value",
        "`[NaN]`                 | 1 | 2 | expected a value",
        "`[tru]`                 | 1 | 2 | expected a value",
        "`{\"a\": \"b`           | 1 | 7 | unterminated string",
        "`\"\\x\"`               | 1 | 3 | invalid escape",
        "`\"\\u12g4\"`           | 1 | 6 | four hexadecimal digits",
        "`{} {}`                 | 1 | 4 | after the JSON value",
        "`// c\n{}`              | 1 | 1 | expected a value",
        "`{\n  \"a\": 1\n  \"b\": 2\n}` | 3 | 3 | expected ',' or '}'",
        "`[1\n,\n 2`             | 3 | 3 | expected ',' or ']'",
    })
    void givenBrokenJson_whenParsing_thenTheErrorSaysWhatAndWhere(String text, int line, int column, String what) {
        JsonSyntaxError error = error(text.replace("\\n", "\n"));

        assertThat(error.position()).isEqualTo(new JsonPosition(line, column));
        assertThat(error.message()).contains(what);
    }

    @Test
    void givenARawControlCharacterInAString_whenParsing_thenItIsRefused() {
        JsonSyntaxError error = error("[\"a\tb\"]");

        assertThat(error.message()).contains("U+0009").contains("escape it");
        assertThat(error.position()).isEqualTo(new JsonPosition(1, 4));
    }

    @Test
    void givenNestingAtTheLimit_whenParsing_thenItIsRead() {
        String text = "[".repeat(JsonParser.DEFAULT_MAX_DEPTH) + "]".repeat(JsonParser.DEFAULT_MAX_DEPTH);

        assertThat(JsonParser.parse(text).isRight()).isTrue();
    }

    @Test
    void givenNestingBeyondTheLimit_whenParsing_thenItIsRefusedWithoutExhaustingTheStack() {
        String text = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);

        JsonSyntaxError error = error(text);

        assertThat(error.message()).isEqualTo("nesting deeper than 128 levels");
        assertThat(error.position()).isEqualTo(new JsonPosition(1, 128 * 5 + 1));
    }

    @Test
    void givenAHugeNumber_whenParsing_thenItIsKeptAsText() {
        String digits = "9".repeat(10_000);

        assertThat(((JsonNumber) parse(digits)).text()).hasSize(10_000);
    }
}
