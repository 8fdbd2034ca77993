package dev.shequn.adapter.persistence.memory;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * One table of versioned aggregates. Rows are private copies: what goes in and what comes out are copies made
 * through the aggregate's {@code reconstitute}, so a caller changing its object changes nothing stored until it
 * saves. A save writes only over the version the aggregate was read at, as on a shared database.
 */
final class VersionedTable<K extends Comparable<K>, V> {

    private final InMemoryStore store;
    private final ToLongFunction<V> versionOf;
    private final BiFunction<V, Long, V> copyWithVersion;
    private final NavigableMap<K, V> rows = new TreeMap<>();

    VersionedTable(InMemoryStore store, ToLongFunction<V> versionOf, BiFunction<V, Long, V> copyWithVersion) {
        this.store = requireNonNull(store, "store");
        this.versionOf = requireNonNull(versionOf, "versionOf");
        this.copyWithVersion = requireNonNull(copyWithVersion, "copyWithVersion");
    }

    Optional<V> find(K key) {
        return store.locked(() -> Optional.ofNullable(rows.get(key)).map(this::copy));
    }

    /** Rows with keys in {@code (from, to)} (both exclusive), in key order, at most {@code limit}. */
    List<V> range(K fromExclusive, K toExclusive, int limit) {
        return store.locked(() -> rows.subMap(fromExclusive, false, toExclusive, false).values().stream()
                .limit(limit).map(this::copy).toList());
    }

    List<V> where(Predicate<V> filter) {
        return store.locked(() -> rows.values().stream().filter(filter).map(this::copy).toList());
    }

    /**
     * Stores {@code value} under {@code key} if the stored version is still {@code value}'s (absent counts as 0)
     * and {@code unique} agrees; the row's version becomes one more.
     */
    boolean save(K key, V value, Predicate<V> unique) {
        return store.locked(() -> {
            V current = rows.get(key);
            long expected = versionOf.applyAsLong(value);
            long stored = current == null ? 0 : versionOf.applyAsLong(current);
            if (stored != expected || (current == null && !unique.test(value))) {
                return false;
            }
            rows.put(key, copyWithVersion.apply(value, expected + 1));
            store.onRollback(() -> {
                if (current == null) {
                    rows.remove(key);
                } else {
                    rows.put(key, current);
                }
            });
            return true;
        });
    }

    boolean save(K key, V value) {
        return save(key, value, v -> true);
    }

    private V copy(V value) {
        return copyWithVersion.apply(value, versionOf.applyAsLong(value));
    }
}
