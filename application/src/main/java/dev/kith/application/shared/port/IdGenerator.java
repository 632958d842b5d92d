package dev.kith.application.shared.port;

import java.util.UUID;

/** Makes the identifiers of new things. Thread-safe. */
public interface IdGenerator {

    /**
     * A new unique identifier; one made later sorts after one made earlier (a version 7 UUID, or any
     * UUID with that ordering), so ids double as a time-ordered pagination key.
     */
    UUID next();
}
