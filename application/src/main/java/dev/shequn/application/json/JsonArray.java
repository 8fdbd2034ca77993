package dev.shequn.application.json;

import static java.util.Objects.requireNonNull;

import java.util.List;

public record JsonArray(List<JsonValue> elements, JsonPosition position) implements JsonValue {

    public JsonArray {
        elements = List.copyOf(elements);
        requireNonNull(position, "position");
    }

    public static JsonArray of(List<? extends JsonValue> elements) {
        return new JsonArray(List.copyOf(elements), JsonPosition.NONE);
    }

    public int size() {
        return elements.size();
    }

    public JsonValue get(int index) {
        return elements.get(index);
    }

    @Override
    public String kind() {
        return "an array";
    }
}
