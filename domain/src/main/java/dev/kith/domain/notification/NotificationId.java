package dev.kith.domain.notification;

import java.util.Objects;
import java.util.UUID;

/** Identifies a notification; a time-ordered UUID, so newer notifications have greater ids. */
public record NotificationId(UUID value) {
    public NotificationId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
