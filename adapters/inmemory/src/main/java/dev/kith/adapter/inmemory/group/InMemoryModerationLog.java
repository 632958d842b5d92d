package dev.kith.adapter.inmemory.group;

import dev.kith.adapter.inmemory.shared.SocialTables;
import dev.kith.application.group.port.ModerationLog;
import dev.kith.domain.group.ModerationEntry;

/** The moderation log in the in-memory store. */
public final class InMemoryModerationLog implements ModerationLog {

    private final SocialTables tables;

    public InMemoryModerationLog(SocialTables tables) {
        this.tables = tables;
    }

    @Override
    public void record(ModerationEntry entry) {
        tables.store.locked(() -> {
            tables.moderationLog.put(entry.id(), entry);
            return null;
        });
    }
}
