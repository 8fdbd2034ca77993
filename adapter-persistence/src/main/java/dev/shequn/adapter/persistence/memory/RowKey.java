package dev.shequn.adapter.persistence.memory;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;

/** A row's key, merchant first as in the database, so one merchant's rows sit together in key order. */
record RowKey(String merchant, String first, String second) implements Comparable<RowKey> {

    private static final Comparator<RowKey> ORDER = Comparator.comparing(RowKey::merchant)
            .thenComparing(RowKey::first).thenComparing(RowKey::second);

    RowKey {
        requireNonNull(merchant, "merchant");
        requireNonNull(first, "first");
        requireNonNull(second, "second");
    }

    static RowKey of(Object merchant) {
        return new RowKey(merchant.toString(), "", "");
    }

    static RowKey of(Object merchant, Object first) {
        return new RowKey(merchant.toString(), first.toString(), "");
    }

    static RowKey of(Object merchant, Object first, Object second) {
        return new RowKey(merchant.toString(), first.toString(), second.toString());
    }

    /** A key above every key of {@code merchant}: no merchant id contains the NUL character. */
    static RowKey afterMerchant(Object merchant) {
        return new RowKey(merchant + "\u0000", "", "");
    }

    @Override
    public int compareTo(RowKey other) {
        return ORDER.compare(this, other);
    }
}
