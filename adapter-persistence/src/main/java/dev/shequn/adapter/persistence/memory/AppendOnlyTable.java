package dev.shequn.adapter.persistence.memory;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/** A table of immutable rows written once under a unique key, as an insert-only table with a primary key. */
final class AppendOnlyTable<K extends Comparable<K>, V> {

    private final InMemoryStore store;
    private final NavigableMap<K, V> rows = new TreeMap<>();

    AppendOnlyTable(InMemoryStore store) {
        this.store = requireNonNull(store, "store");
    }

    Optional<V> find(K key) {
        return store.locked(() -> Optional.ofNullable(rows.get(key)));
    }

    boolean contains(K key) {
        return store.locked(() -> rows.containsKey(key));
    }

    /** Inserts unless the key is taken. */
    boolean insert(K key, V value) {
        requireNonNull(value, "value");
        return store.locked(() -> {
            if (rows.containsKey(key)) {
                return false;
            }
            rows.put(key, value);
            store.onRollback(() -> rows.remove(key));
            return true;
        });
    }

    List<V> where(Predicate<V> filter) {
        return store.locked(() -> rows.values().stream().filter(filter).toList());
    }

    long count(Predicate<V> filter) {
        return store.locked(() -> rows.values().stream().filter(filter).count());
    }
}
