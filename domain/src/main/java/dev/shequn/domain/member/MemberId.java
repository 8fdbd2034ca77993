package dev.shequn.domain.member;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/** Shequn's own id of a member, unique within its merchant. */
public record MemberId(String value) implements Comparable<MemberId> {
    public MemberId {
        requireNonNull(value, "value");
        checkArgument(!value.isBlank() && value.length() <= 64, "member id must be 1 to 64 characters");
    }

    @Override
    public int compareTo(MemberId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
