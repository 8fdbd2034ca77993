package dev.shequn.domain.order;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A refund as the host reported it, under its own refund id: the whole rest of the order, or some units of
 * some lines. {@code units} holds what it covered (for a whole-order refund, everything left at the time).
 * Amounts are not stored: they follow from the order and the refunds before, the same way every time.
 */
public record RefundRequest(String refundId, boolean wholeOrder, SortedMap<String, Long> units, Instant at) {
    public RefundRequest {
        requireNonNull(refundId, "refundId");
        checkArgument(!refundId.isBlank() && refundId.length() <= 100, "refund id must be 1 to 100 characters");
        units = Collections.unmodifiableSortedMap(new TreeMap<>(units));
        checkArgument(units.values().stream().allMatch(u -> u >= 1), "refunded units at least 1 per line");
        requireNonNull(at, "at");
    }
}
