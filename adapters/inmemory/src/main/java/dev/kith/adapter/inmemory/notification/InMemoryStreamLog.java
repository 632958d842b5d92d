package dev.kith.adapter.inmemory.notification;

import dev.kith.adapter.inmemory.shared.SocialTables;
import dev.kith.adapter.inmemory.shared.Table;
import dev.kith.application.graph.ViewerScope;
import dev.kith.application.notification.port.StreamEntry;
import dev.kith.application.notification.port.StreamLog;
import dev.kith.application.notification.port.StreamRecord;
import dev.kith.domain.account.AccountId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@link StreamLog} as rows of the in-memory store: the store's one lock orders appends, and its head rolls
 * back with a failed transaction. Who reads a post is the graph's rule on the rows ({@link SocialTables}).
 */
public final class InMemoryStreamLog implements StreamLog {

    private final SocialTables tables;
    private final Table<Long, Row> rows;
    private final Table<String, Long> head;

    public InMemoryStreamLog(SocialTables tables) {
        this.tables = tables;
        this.rows = tables.store.table();
        this.head = tables.store.table();
    }

    private record Row(StreamRecord record, Instant at) {
    }

    @Override
    public long append(StreamEntry entry, Instant now) {
        return tables.store.locked(() -> {
            if (entry instanceof StreamEntry.PostAdded post) {
                Optional<Long> logged = rows.values().filter(row -> row.record().entry().equals(post))
                        .map(row -> row.record().position()).findFirst();
                if (logged.isPresent()) {
                    return logged.get();
                }
            }
            long position = head.get("head").orElse(0L) + 1;
            head.put("head", position);
            rows.put(position, new Row(new StreamRecord(position, entry), now));
            return position;
        });
    }

    @Override
    public long head() {
        return tables.store.locked(() -> head.get("head").orElse(0L));
    }

    @Override
    public Optional<Long> oldest() {
        return tables.store.locked(() -> rows.values().map(row -> row.record().position()).min(Long::compare));
    }

    @Override
    public List<StreamRecord> after(long position, int limit) {
        return tables.store.locked(() -> rows.values().map(Row::record)
                .filter(record -> record.position() > position)
                .sorted((a, b) -> Long.compare(a.position(), b.position()))
                .limit(limit)
                .toList());
    }

    @Override
    public List<StreamRecord> forViewer(ViewerScope scope, long position, int limit) {
        AccountId viewer = tables.viewerOf(scope);
        return tables.store.locked(() -> rows.values().map(Row::record)
                .filter(record -> record.position() > position && concerns(record.entry(), viewer))
                .sorted((a, b) -> Long.compare(a.position(), b.position()))
                .limit(limit)
                .toList());
    }

    private boolean concerns(StreamEntry entry, AccountId viewer) {
        if (entry instanceof StreamEntry.NotificationAdded added) {
            return added.recipient().equals(viewer);
        }
        if (entry instanceof StreamEntry.UnreadChanged changed) {
            return changed.recipient().equals(viewer);
        }
        StreamEntry.PostAdded post = (StreamEntry.PostAdded) entry;
        AccountId author = post.author();
        if (post.group().isPresent()) {
            // its group's members now, less those blocked either way with the author
            return tables.isMember(post.group().get(), viewer) && (author.equals(viewer) || !tables.blockedEitherWay(viewer, author));
        }
        return author.equals(viewer) || tables.following(viewer, author) && !tables.blockedEitherWay(viewer, author);
    }

    @Override
    public List<AccountId> audienceAmong(StreamEntry.PostAdded post, Collection<AccountId> candidates) {
        return tables.store.locked(() -> {
            List<AccountId> audience = new ArrayList<>();
            for (AccountId candidate : candidates) {
                if (concerns(post, candidate)) {
                    audience.add(candidate);
                }
            }
            return audience;
        });
    }

    @Override
    public int eraseAllOf(AccountId account) {
        return tables.store.locked(() -> {
            List<Long> gone = rows.values().filter(row -> of(row.record().entry(), account))
                    .map(row -> row.record().position()).toList();
            gone.forEach(rows::remove);
            return gone.size();
        });
    }

    private static boolean of(StreamEntry entry, AccountId account) {
        if (entry instanceof StreamEntry.NotificationAdded added) {
            return added.recipient().equals(account);
        }
        if (entry instanceof StreamEntry.UnreadChanged changed) {
            return changed.recipient().equals(account);
        }
        return entry instanceof StreamEntry.PostAdded added && added.author().equals(account);
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        return tables.store.locked(() -> {
            List<Long> old = rows.values().filter(row -> row.at().isBefore(cutoff)).map(row -> row.record().position()).toList();
            old.forEach(rows::remove);
            return old.size();
        });
    }
}
