package dev.shequn.application.json;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JSON object with its members in document order. A name given twice stays twice: whether that is an
 * error is for the reader of the document to say, at the right place.
 */
public record JsonObject(List<Member> members, JsonPosition position) implements JsonValue {

    public JsonObject {
        members = List.copyOf(members);
        requireNonNull(position, "position");
    }

    public record Member(String name, JsonValue value, JsonPosition position) {
        public Member {
            requireNonNull(name, "name");
            requireNonNull(value, "value");
            requireNonNull(position, "position");
        }
    }

    /** The value of the first member with this name. */
    public Optional<JsonValue> first(String name) {
        for (Member member : members) {
            if (member.name().equals(name)) {
                return Optional.of(member.value());
            }
        }
        return Optional.empty();
    }

    /** How many members have this name. */
    public int count(String name) {
        int count = 0;
        for (Member member : members) {
            if (member.name().equals(name)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public String kind() {
        return "an object";
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds an object in code, in the order of the calls. */
    public static final class Builder {
        private final List<Member> members = new ArrayList<>();

        private Builder() {}

        public Builder put(String name, JsonValue value) {
            members.add(new Member(name, value, JsonPosition.NONE));
            return this;
        }

        public Builder put(String name, String value) {
            return put(name, value == null ? JsonNull.NULL : JsonString.of(value));
        }

        public Builder put(String name, long value) {
            return put(name, JsonNumber.of(value));
        }

        public JsonObject build() {
            return new JsonObject(members, JsonPosition.NONE);
        }
    }
}
