package dev.kith.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the field errors of several values so a caller hears about all of them at once.
 */
public final class Validation {

    private final List<FieldError> errors = new ArrayList<>();

    /** Builds a value, remembering its failure instead of throwing; returns {@code null} when it failed. */
    public <T> T check(Supplier<T> factory) {
        try {
            return factory.get();
        } catch (InvalidInput e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    /** Throws one {@link InvalidInput} naming every failed field, if any failed. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw InvalidInput.fields(errors);
        }
    }
}
