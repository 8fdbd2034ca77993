package dev.shequn.application.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class JsonRoundTripProperties {

    @Property
    void anyStringSurvivesWritingAndParsing(@ForAll String text) {
        String written = JsonWriter.compact(JsonString.of(text));

        JsonValue parsed = JsonParser.parse(written).get();

        assertThat(((JsonString) parsed).value()).isEqualTo(text);
        assertThat(written).doesNotContain("\n", "\r");
    }

    @Property
    void anyLongSurvivesWritingAndParsingAsAnInteger(@ForAll long value) {
        JsonNumber parsed = (JsonNumber) JsonParser.parse(JsonWriter.compact(JsonNumber.of(value))).get();

        assertThat(parsed.isInteger()).isTrue();
        assertThat(parsed.integerValue().longValueExact()).isEqualTo(value);
    }

    @Property
    void anyNameIsOneTokenOfItsPointer(@ForAll String name) {
        String token = JsonPointer.ROOT.child(name).toString().substring(1);

        assertThat(token).doesNotContain("/");
        assertThat(token.replace("~1", "/").replace("~0", "~")).isEqualTo(name);
    }
}
