package dev.shequn.application.json;

import static java.util.Objects.requireNonNull;

public record JsonNull(JsonPosition position) implements JsonValue {

    public static final JsonNull NULL = new JsonNull(JsonPosition.NONE);

    public JsonNull {
        requireNonNull(position, "position");
    }

    @Override
    public String kind() {
        return "null";
    }
}
