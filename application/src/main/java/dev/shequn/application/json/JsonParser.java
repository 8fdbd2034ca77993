package dev.shequn.application.json;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 8259 parser: no comments, no trailing commas, no single quotes, no leading zeros, no raw
 * control characters in strings, nothing after the value (whitespace aside). A leading byte order mark is
 * skipped (RFC 8259 section 8.1 lets a parser ignore it; Windows editors write it).
 *
 * <p>It keeps what a strict reader needs and general parsers hide: duplicate member names, the text of each
 * number, and the line and column of every value. Nesting is limited ({@link #DEFAULT_MAX_DEPTH}) so that a
 * hostile document answers with an error instead of exhausting the stack.
 */
public final class JsonParser {

    public static final int DEFAULT_MAX_DEPTH = 128;

    private final String text;
    private final int maxDepth;
    private int index;
    private int line = 1;
    private int lineStart;
    private int depth;

    private JsonParser(String text, int maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
    }

    public static Either<JsonSyntaxError, JsonValue> parse(String text) {
        return parse(text, DEFAULT_MAX_DEPTH);
    }

    public static Either<JsonSyntaxError, JsonValue> parse(String text, int maxDepth) {
        if (maxDepth < 1) {
            throw new IllegalArgumentException("maxDepth must be at least 1");
        }
        JsonParser parser = new JsonParser(text, maxDepth);
        try {
            return Either.right(parser.document());
        } catch (Failure failure) {
            return Either.left(failure.error);
        }
    }

    private JsonValue document() {
        if (text.startsWith("\uFEFF")) {
            index = 1;
            lineStart = 1;
        }
        skipWhitespace();
        if (atEnd()) {
            throw fail("no JSON value (the text is empty)");
        }
        JsonValue value = value();
        skipWhitespace();
        if (!atEnd()) {
            throw fail("unexpected " + describe(peek()) + " after the JSON value");
        }
        return value;
    }

    private JsonValue value() {
        if (atEnd()) {
            throw fail("unexpected end of input, expected a value");
        }
        char c = peek();
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> {
                JsonPosition start = position();
                yield new JsonString(string(), start);
            }
            case 't' -> literal("true", new JsonBoolean(true, position()));
            case 'f' -> literal("false", new JsonBoolean(false, position()));
            case 'n' -> literal("null", new JsonNull(position()));
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number();
                }
                throw fail("unexpected " + describe(c) + ", expected a value");
            }
        };
    }

    private JsonObject object() {
        JsonPosition start = position();
        enter();
        index++;
        List<JsonObject.Member> members = new ArrayList<>();
        skipWhitespace();
        if (!atEnd() && peek() == '}') {
            index++;
            depth--;
            return new JsonObject(members, start);
        }
        while (true) {
            skipWhitespace();
            if (atEnd()) {
                throw fail("unexpected end of input, expected a member name in double quotes");
            }
            if (peek() != '"') {
                throw fail("unexpected " + describe(peek()) + ", expected a member name in double quotes");
            }
            JsonPosition namePosition = position();
            String name = string();
            skipWhitespace();
            expect(':', "':' after the member name");
            skipWhitespace();
            JsonValue value = value();
            members.add(new JsonObject.Member(name, value, namePosition));
            skipWhitespace();
            if (atEnd()) {
                throw fail("unexpected end of input, expected ',' or '}'");
            }
            char c = peek();
            index++;
            if (c == '}') {
                depth--;
                return new JsonObject(members, start);
            }
            if (c != ',') {
                index--;
                throw fail("unexpected " + describe(c) + ", expected ',' or '}'");
            }
        }
    }

    private JsonArray array() {
        JsonPosition start = position();
        enter();
        index++;
        List<JsonValue> elements = new ArrayList<>();
        skipWhitespace();
        if (!atEnd() && peek() == ']') {
            index++;
            depth--;
            return new JsonArray(elements, start);
        }
        while (true) {
            skipWhitespace();
            elements.add(value());
            skipWhitespace();
            if (atEnd()) {
                throw fail("unexpected end of input, expected ',' or ']'");
            }
            char c = peek();
            index++;
            if (c == ']') {
                depth--;
                return new JsonArray(elements, start);
            }
            if (c != ',') {
                index--;
                throw fail("unexpected " + describe(c) + ", expected ',' or ']'");
            }
        }
    }

    private void enter() {
        if (++depth > maxDepth) {
            throw fail("nesting deeper than " + maxDepth + " levels");
        }
    }

    private String string() {
        int start = index;
        index++;
        StringBuilder out = null;
        int chunk = index;
        while (true) {
            if (atEnd()) {
                index = start;
                throw fail("unterminated string");
            }
            char c = text.charAt(index);
            if (c == '"') {
                String result = out == null ? text.substring(chunk, index) : out.append(text, chunk, index).toString();
                index++;
                return result;
            }
            if (c < 0x20) {
                throw fail("control character " + describe(c) + " in a string; escape it");
            }
            if (c == '\\') {
                if (out == null) {
                    out = new StringBuilder();
                }
                out.append(text, chunk, index);
                index++;
                out.append(escape());
                chunk = index;
            } else {
                index++;
            }
        }
    }

    private char escape() {
        if (atEnd()) {
            throw fail("unterminated string");
        }
        char c = text.charAt(index++);
        switch (c) {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                int value = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = atEnd() ? -1 : Character.digit(text.charAt(index), 16);
                    if (digit < 0) {
                        throw fail("\\u must be followed by four hexadecimal digits");
                    }
                    value = value * 16 + digit;
                    index++;
                }
                return (char) value;
            default:
                index--;
                throw fail("invalid escape \\" + c);
        }
    }

    private JsonNumber number() {
        JsonPosition start = position();
        int from = index;
        if (peek() == '-') {
            index++;
        }
        if (atEnd() || !isDigit(peek())) {
            throw fail("a number needs digits after '-'");
        }
        if (peek() == '0') {
            index++;
            if (!atEnd() && isDigit(peek())) {
                throw fail("a number must not have a leading zero");
            }
        } else {
            digits();
        }
        if (!atEnd() && peek() == '.') {
            index++;
            if (atEnd() || !isDigit(peek())) {
                throw fail("a number needs digits after '.'");
            }
            digits();
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            index++;
            if (!atEnd() && (peek() == '+' || peek() == '-')) {
                index++;
            }
            if (atEnd() || !isDigit(peek())) {
                throw fail("a number needs digits in its exponent");
            }
            digits();
        }
        return new JsonNumber(text.substring(from, index), start);
    }

    private void digits() {
        while (!atEnd() && isDigit(peek())) {
            index++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private <T extends JsonValue> T literal(String word, T value) {
        if (!text.startsWith(word, index)) {
            throw fail("unexpected " + describe(peek()) + ", expected a value");
        }
        index += word.length();
        return value;
    }

    private void expect(char expected, String what) {
        if (atEnd()) {
            throw fail("unexpected end of input, expected " + what);
        }
        if (peek() != expected) {
            throw fail("unexpected " + describe(peek()) + ", expected " + what);
        }
        index++;
    }

    private void skipWhitespace() {
        while (index < text.length()) {
            char c = text.charAt(index);
            if (c == '\n') {
                line++;
                lineStart = index + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            index++;
        }
    }

    private boolean atEnd() {
        return index >= text.length();
    }

    private char peek() {
        return text.charAt(index);
    }

    private JsonPosition position() {
        return positionAt(index);
    }

    private JsonPosition positionAt(int at) {
        return new JsonPosition(line, at - lineStart + 1);
    }

    private static String describe(char c) {
        if (c < 0x20 || c == 0x7f) {
            return String.format("character U+%04X", (int) c);
        }
        return "'" + c + "'";
    }

    private Failure fail(String message) {
        return new Failure(new JsonSyntaxError(position(), message));
    }

    /** Unwinds the descent to {@link #parse}; never leaves this class. */
    private static final class Failure extends RuntimeException {
        private final transient JsonSyntaxError error;

        Failure(JsonSyntaxError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }
}
