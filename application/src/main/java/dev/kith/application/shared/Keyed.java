package dev.kith.application.shared;

import java.util.Objects;

/** A row of a list with the key it is ordered by, which the next page starts after. */
public record Keyed<K, T>(K key, T value) {
    public Keyed {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
