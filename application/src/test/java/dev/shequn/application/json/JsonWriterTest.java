package dev.shequn.application.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void givenAnObjectBuiltInCode_whenWritingCompact_thenMembersKeepTheirOrderOnOneLine() {
        JsonObject object = JsonObject.builder()
                .put("z", "last-first")
                .put("a", 1)
                .put("n", (String) null)
                .put("list", JsonArray.of(List.of(JsonBoolean.of(true), JsonObject.builder().build(), JsonArray.of(List.of()))))
                .build();

        assertThat(JsonWriter.compact(object)).isEqualTo("{\"z\":\"last-first\",\"a\":1,\"n\":null,\"list\":[true,{},[]]}");
    }

    @Test
    void givenCharactersJsonMustEscape_whenWriting_thenTheyAreEscapedAndTheRestKept() {
        String written = JsonWriter.compact(JsonString.of("q\" b\\ n\n r\r t\t \u0001 社群 \uD83C\uDF75 lone\uD800"));

        assertThat(written).isEqualTo("\"q\\\" b\\\\ n\\n r\\r t\\t \\u0001 社群 \uD83C\uDF75 lone\\ud800\"");
        assertThat(written).doesNotContain("\n");
    }

    @Test
    void givenAParsedDocument_whenWrittenAndParsedAgain_thenNumbersAndDuplicatesSurvive() {
        String text = "{\"a\":2.0,\"a\":-0,\"b\":[1e3,\"x\"]}";

        JsonValue parsed = JsonParser.parse(text).get();

        assertThat(JsonWriter.compact(parsed)).isEqualTo(text);
    }

    @Test
    void givenAnObject_whenWritingIndented_thenEachMemberIsOnItsLine() {
        JsonObject object = JsonObject.builder().put("a", 1).put("b", JsonArray.of(List.of(JsonNumber.of(2)))).build();

        assertThat(JsonWriter.indented(object)).isEqualTo("{\n  \"a\": 1,\n  \"b\": [\n    2\n  ]\n}");
    }
}
