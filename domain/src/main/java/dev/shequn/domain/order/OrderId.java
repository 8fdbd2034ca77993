package dev.shequn.domain.order;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/** The host's own id of its order: the key of every report about it. */
public record OrderId(String value) {
    public OrderId {
        requireNonNull(value, "value");
        checkArgument(!value.isBlank() && value.length() <= 100, "order id must be 1 to 100 characters");
    }

    @Override
    public String toString() {
        return value;
    }
}
