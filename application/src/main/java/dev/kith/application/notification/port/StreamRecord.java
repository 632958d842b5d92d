package dev.kith.application.notification.port;

import java.util.Objects;

/** A stream entry as stored, at its position in the log. */
public record StreamRecord(long position, StreamEntry entry) {
    public StreamRecord {
        if (position < 1) {
            throw new IllegalArgumentException("positions start at 1");
        }
        Objects.requireNonNull(entry, "entry");
    }
}
