package dev.kith.application.shared;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** One field of a partial update: leave it as it is, set it, or clear it. */
public sealed interface Change<T> {

    static <T> Change<T> keep() {
        return new Keep<>();
    }

    static <T> Change<T> set(T value) {
        return new Set<>(value);
    }

    static <T> Change<T> clear() {
        return new Clear<>();
    }

    /** Applies the change to the current value. */
    default Optional<T> applyTo(Optional<T> current) {
        if (this instanceof Set<T> set) {
            return Optional.of(set.value());
        }
        return this instanceof Clear<T> ? Optional.empty() : current;
    }

    /** Converts the value of a {@link Set}; keep and clear stay as they are. */
    default <R> Change<R> map(Function<T, R> mapper) {
        if (this instanceof Set<T> set) {
            return new Set<>(mapper.apply(set.value()));
        }
        return this instanceof Clear<T> ? clear() : keep();
    }

    /** Leave the field as it is. */
    record Keep<T>() implements Change<T> {
    }

    /** Remove the field's value. */
    record Clear<T>() implements Change<T> {
    }

    /** Give the field a new value. */
    record Set<T>(T value) implements Change<T> {
        public Set {
            Objects.requireNonNull(value, "value");
        }
    }
}
