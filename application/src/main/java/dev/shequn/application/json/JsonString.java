package dev.shequn.application.json;

import static java.util.Objects.requireNonNull;

public record JsonString(String value, JsonPosition position) implements JsonValue {

    public JsonString {
        requireNonNull(value, "value");
        requireNonNull(position, "position");
    }

    public static JsonString of(String value) {
        return new JsonString(value, JsonPosition.NONE);
    }

    @Override
    public String kind() {
        return "a string";
    }
}
