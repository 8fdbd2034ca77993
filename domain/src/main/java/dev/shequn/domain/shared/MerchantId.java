package dev.shequn.domain.shared;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/** The tenant every stored thing belongs to. */
public record MerchantId(String value) {
    public MerchantId {
        requireNonNull(value, "value");
        checkArgument(!value.isBlank() && value.length() <= 64, "merchant id must be 1 to 64 characters");
    }

    @Override
    public String toString() {
        return value;
    }
}
