package dev.shequn.application.json;

import static java.util.Objects.requireNonNull;

public record JsonBoolean(boolean value, JsonPosition position) implements JsonValue {

    public JsonBoolean {
        requireNonNull(position, "position");
    }

    public static JsonBoolean of(boolean value) {
        return new JsonBoolean(value, JsonPosition.NONE);
    }

    @Override
    public String kind() {
        return "a boolean";
    }
}
