package dev.shequn.application.json;

/**
 * Writes a {@link JsonValue}: compact (one line, for {@code --jsonl} and HTTP bodies) or indented for
 * people. Members keep their order; numbers are written as their text; strings escape what JSON requires,
 * plus lone surrogates, which no UTF-8 encoder could write.
 */
public final class JsonWriter {

    private JsonWriter() {}

    public static String compact(JsonValue value) {
        StringBuilder out = new StringBuilder(256);
        write(value, out, -1, 0);
        return out.toString();
    }

    public static String indented(JsonValue value) {
        StringBuilder out = new StringBuilder(512);
        write(value, out, 2, 0);
        return out.toString();
    }

    private static void write(JsonValue value, StringBuilder out, int indent, int level) {
        if (value instanceof JsonObject object) {
            if (object.members().isEmpty()) {
                out.append("{}");
                return;
            }
            out.append('{');
            boolean first = true;
            for (JsonObject.Member member : object.members()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                newline(out, indent, level + 1);
                string(member.name(), out);
                out.append(indent < 0 ? ":" : ": ");
                write(member.value(), out, indent, level + 1);
            }
            newline(out, indent, level);
            out.append('}');
        } else if (value instanceof JsonArray array) {
            if (array.elements().isEmpty()) {
                out.append("[]");
                return;
            }
            out.append('[');
            boolean first = true;
            for (JsonValue element : array.elements()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                newline(out, indent, level + 1);
                write(element, out, indent, level + 1);
            }
            newline(out, indent, level);
            out.append(']');
        } else if (value instanceof JsonString string) {
            string(string.value(), out);
        } else if (value instanceof JsonNumber number) {
            out.append(number.text());
        } else if (value instanceof JsonBoolean bool) {
            out.append(bool.value());
        } else if (value instanceof JsonNull) {
            out.append("null");
        } else {
            throw new IllegalArgumentException("unknown JSON value " + value);
        }
    }

    private static void newline(StringBuilder out, int indent, int level) {
        if (indent >= 0) {
            out.append('\n');
            out.append(" ".repeat(indent * level));
        }
    }

    private static void string(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || isLoneSurrogate(value, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isLoneSurrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
        }
        return false;
    }
}
