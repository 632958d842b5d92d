package dev.kith.application.group.port;

import dev.kith.domain.group.ModerationEntry;

/** Where every moderation action is recorded, in the action's transaction. Thread-safe. */
public interface ModerationLog {

    /** Appends an entry. */
    void record(ModerationEntry entry);
}
