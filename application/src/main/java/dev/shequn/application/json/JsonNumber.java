package dev.shequn.application.json;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;

/**
 * A JSON number kept as written: {@code 2} and {@code 2.0} are different facts to a strict reader, and a
 * number too large for any Java type must still be reported rather than rounded.
 */
public record JsonNumber(String text, JsonPosition position) implements JsonValue {

    public JsonNumber {
        requireNonNull(text, "text");
        requireNonNull(position, "position");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty number");
        }
    }

    public static JsonNumber of(long value) {
        return new JsonNumber(Long.toString(value), JsonPosition.NONE);
    }

    /** Written without fraction or exponent: {@code 2}, {@code -0}, never {@code 2.0} or {@code 2e0}. */
    public boolean isInteger() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return false;
            }
        }
        return true;
    }

    /** The exact value of an integer; only call when {@link #isInteger()}. */
    public BigInteger integerValue() {
        if (!isInteger()) {
            throw new IllegalStateException("not an integer: " + text);
        }
        return new BigInteger(text);
    }

    @Override
    public String kind() {
        return isInteger() ? "an integer" : "a number with a fraction or exponent";
    }
}
