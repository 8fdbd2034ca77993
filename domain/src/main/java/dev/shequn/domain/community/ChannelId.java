package dev.shequn.domain.community;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/** Shequn's id of a channel, unique within its merchant. */
public record ChannelId(String value) implements Comparable<ChannelId> {
    public ChannelId {
        requireNonNull(value, "value");
        checkArgument(!value.isBlank() && value.length() <= 64, "channel id must be 1 to 64 characters");
    }

    @Override
    public int compareTo(ChannelId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
