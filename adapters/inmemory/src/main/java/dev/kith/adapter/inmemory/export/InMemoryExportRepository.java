package dev.kith.adapter.inmemory.export;

import dev.kith.adapter.inmemory.shared.InMemoryStore;
import dev.kith.adapter.inmemory.shared.SocialTables;
import dev.kith.adapter.inmemory.shared.Table;
import dev.kith.application.export.port.ExportRepository;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.export.Export;
import dev.kith.domain.export.ExportErrors;
import dev.kith.domain.export.ExportId;
import dev.kith.domain.export.ExportStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Exports in the in-memory store; the store's one lock makes every call atomic. */
public final class InMemoryExportRepository implements ExportRepository {

    private final InMemoryStore store;
    private final SocialTables social;
    private final Table<ExportId, Export> exports;

    public InMemoryExportRepository(SocialTables social) {
        this.social = social;
        this.store = social.store;
        this.exports = store.table();
        store.onErase(owner -> exports.removeIf(export -> export.account().equals(owner)));
    }

    @Override
    public void add(Export export) {
        store.locked(() -> {
            social.requireWriter(export.account());
            if (exports.values().anyMatch(e -> e.account().equals(export.account()) && e.status().inProgress())) {
                throw new ExportErrors.ExportInProgress();
            }
            exports.put(export.id(), export);
            return null;
        });
    }

    @Override
    public Optional<Export> find(ExportId id) {
        return store.locked(() -> exports.get(id));
    }

    @Override
    public Optional<Export> latest(AccountId account) {
        return store.locked(() -> exports.values().filter(e -> e.account().equals(account))
                .max(Comparator.comparing(Export::createdAt).thenComparing(e -> e.id().value(), SocialTables.UUID_ORDER)));
    }

    @Override
    public void update(Export export) {
        store.locked(() -> {
            if (exports.containsKey(export.id())) {
                exports.put(export.id(), export);
            }
            return null;
        });
    }

    @Override
    public List<Export> deleteExpired(Instant now, int limit) {
        return store.locked(() -> {
            List<Export> expired = exports.values()
                    .filter(e -> e.status() == ExportStatus.READY && !e.expiresAt().orElseThrow().isAfter(now))
                    .sorted(Comparator.comparing(e -> e.id().value(), SocialTables.UUID_ORDER))
                    .limit(limit).toList();
            expired.forEach(e -> exports.remove(e.id()));
            return expired;
        });
    }

    @Override
    public List<Export> deleteAllOf(AccountId account) {
        return store.locked(() -> {
            List<Export> gone = exports.values().filter(e -> e.account().equals(account)).toList();
            gone.forEach(e -> exports.remove(e.id()));
            return gone;
        });
    }
}
