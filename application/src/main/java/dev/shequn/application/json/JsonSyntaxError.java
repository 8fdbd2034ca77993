package dev.shequn.application.json;

import static java.util.Objects.requireNonNull;

/** Why a text is not JSON, and where: the first place the parser could not go on. */
public record JsonSyntaxError(JsonPosition position, String message) {

    public JsonSyntaxError {
        requireNonNull(position, "position");
        requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return message + " at " + position;
    }
}
