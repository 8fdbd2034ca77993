package dev.shequn.domain.community;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/** Shequn's id of a community, unique within its merchant. */
public record CommunityId(String value) implements Comparable<CommunityId> {
    public CommunityId {
        requireNonNull(value, "value");
        checkArgument(!value.isBlank() && value.length() <= 64, "community id must be 1 to 64 characters");
    }

    @Override
    public int compareTo(CommunityId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
