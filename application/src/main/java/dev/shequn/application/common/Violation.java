package dev.shequn.application.common;

import static java.util.Objects.requireNonNull;

/** One broken constraint of a command: the field's path (e.g. {@code tiers[0].code}) and what is wrong. */
public record Violation(String field, String message) {
    public Violation {
        requireNonNull(field, "field");
        requireNonNull(message, "message");
    }
}
