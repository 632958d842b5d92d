package dev.kith.adapter.inmemory.shared;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Rows by key, in insertion order; only touched under the store's lock. */
public final class Table<K, V> {

    private LinkedHashMap<K, V> rows = new LinkedHashMap<>();

    Table() {
    }

    public Optional<V> get(K key) {
        return Optional.ofNullable(rows.get(key));
    }

    public void put(K key, V value) {
        rows.put(key, value);
    }

    public boolean containsKey(K key) {
        return rows.containsKey(key);
    }

    public void remove(K key) {
        rows.remove(key);
    }

    public void removeIf(Predicate<V> condition) {
        rows.values().removeIf(condition);
    }

    public Stream<V> values() {
        return rows.values().stream();
    }

    public Collection<Map.Entry<K, V>> entries() {
        return rows.entrySet();
    }

    public int size() {
        return rows.size();
    }

    Runnable snapshot() {
        LinkedHashMap<K, V> copy = new LinkedHashMap<>(rows);
        return () -> rows = copy;
    }
}
