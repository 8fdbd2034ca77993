package dev.shequn.application.json;

import static java.util.Objects.requireNonNull;

/**
 * An RFC 6901 JSON pointer, built one reference token at a time. {@code ~} is written {@code ~0} and
 * {@code /} is written {@code ~1}, so a member named {@code unit/price} is {@code /unit~1price}.
 */
public final class JsonPointer {

    /** The whole document: the empty string. */
    public static final JsonPointer ROOT = new JsonPointer(null, null);

    private final JsonPointer parent;
    private final String token;

    private JsonPointer(JsonPointer parent, String token) {
        this.parent = parent;
        this.token = token;
    }

    public JsonPointer child(String name) {
        return new JsonPointer(this, requireNonNull(name, "name"));
    }

    public JsonPointer child(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("negative index " + index);
        }
        return new JsonPointer(this, Integer.toString(index));
    }

    /** One reference token with {@code ~} and {@code /} escaped. */
    public static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }

    @Override
    public String toString() {
        if (parent == null) {
            return "";
        }
        return parent + "/" + escape(token);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonPointer that && toString().equals(that.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
