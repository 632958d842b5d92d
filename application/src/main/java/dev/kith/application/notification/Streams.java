package dev.kith.application.notification;

import dev.kith.application.content.port.ContentQueries;
import dev.kith.application.content.port.PostView;
import dev.kith.application.graph.VisibilityPolicy;
import dev.kith.application.notification.port.NotificationRepository;
import dev.kith.application.notification.port.NotificationView;
import dev.kith.application.notification.port.RealtimePublisher;
import dev.kith.application.notification.port.StreamEntry;
import dev.kith.application.notification.port.StreamLog;
import dev.kith.application.notification.port.StreamRecord;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.PostId;
import dev.kith.domain.notification.NotificationId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * This node's open streams, and their delivery: a stream first catches up from the {@link StreamLog} (every
 * event after the position its client saw, in order), then receives what {@link #deliverNew()} reads from the
 * log as it grows. Every event goes to a stream once, in position order, under the stream's lock, so a
 * reconnecting client sees no gap and no repeat. Call {@link #deliverNew()} when the {@link RealtimePublisher}
 * wakes this node and on a short schedule besides (the server does both). Thread-safe.
 */
public final class Streams {

    private static final int BATCH = 500;

    private final StreamLog log;
    private final NotificationRepository notifications;
    private final ContentQueries content;
    private final VisibilityPolicy visibility;
    private final Map<AccountId, Set<Stream>> open = new ConcurrentHashMap<>();
    private final Object dispatching = new Object();
    private long cursor = -1;  // the last position dispatched to the live streams; guarded by dispatching

    Streams(StreamLog log, NotificationRepository notifications, ContentQueries content, VisibilityPolicy visibility) {
        this.log = log;
        this.notifications = notifications;
        this.content = content;
        this.visibility = visibility;
    }

    /**
     * Opens a stream for {@code viewer}: the events after {@code since} go to {@code sink} at once, then the
     * new ones as they come. Without {@code since}, only new events.
     *
     * @return the stream, to close when its socket closes; already closed (with {@link StreamSink.Close#REFETCH})
     *     when the log no longer holds every event after {@code since}
     */
    Stream open(AccountId viewer, OptionalLong since, StreamSink sink) {
        synchronized (dispatching) {
            if (cursor < 0) {
                cursor = log.head();  // the dispatcher starts from here: the catch-up below covers everything before
            }
        }
        long head = log.head();
        long start = since.orElse(head);
        Optional<Long> oldest = log.oldest();
        boolean missed = start > head || (oldest.isPresent() ? start < oldest.get() - 1 : start < head);
        Stream stream = new Stream(viewer, sink, start);
        if (missed) {
            stream.end(StreamSink.Close.REFETCH);
            return stream;
        }
        // added inside compute: a concurrent close of the viewer's last stream cannot detach the set first
        open.compute(viewer, (key, streams) -> {
            Set<Stream> all = streams == null ? ConcurrentHashMap.newKeySet() : streams;
            all.add(stream);
            return all;
        });
        try {
            catchUp(stream, Long.MAX_VALUE);
            // The switch to live holds the dispatch lock only to note where the dispatcher stands: what it
            // has passed (up to `until`) this stream reads itself, outside the lock; what it dispatches from
            // now on waits in the stream's buffer until that read is done, then follows in order.
            long until;
            synchronized (dispatching) {
                until = cursor;
                stream.buffering = true;
                stream.live = true;
            }
            catchUp(stream, until);
            stream.flush();
        } catch (RuntimeException e) {
            stream.close();  // never left registered and never live
            throw e;
        }
        return stream;
    }

    /** How many streams this node has open, for metrics. */
    public int openStreams() {
        return open.values().stream().mapToInt(Set::size).sum();
    }

    /**
     * Sends the live streams on this node whatever the log gained since the last call, in order; returns how
     * many log entries it read. A node's first call only notes where the log stands.
     */
    public int deliverNew() {
        synchronized (dispatching) {
            if (cursor < 0) {
                cursor = log.head();
                return 0;
            }
            int read = 0;
            while (true) {
                List<StreamRecord> records = log.after(cursor, BATCH);
                if (records.isEmpty()) {
                    return read;
                }
                if (!open.isEmpty()) {
                    records.forEach(this::dispatch);
                }
                cursor = records.get(records.size() - 1).position();
                read += records.size();
            }
        }
    }

    /** Ends every stream of this node (it is stopping): clients reconnect elsewhere with their last position. */
    public void closeAll() {
        open.values().forEach(streams -> List.copyOf(streams).forEach(s -> s.end(StreamSink.Close.SHUTDOWN)));
    }

    /**
     * Ends every stream of {@code viewer} on this node with {@link StreamSink.Close#REVOKED}: its account is
     * being erased. Streams on other nodes end when their socket's token is next checked.
     */
    void closeAllOf(AccountId viewer) {
        Set<Stream> streams = open.get(viewer);
        if (streams != null) {
            List.copyOf(streams).forEach(s -> s.end(StreamSink.Close.REVOKED));
        }
    }

    private void dispatch(StreamRecord record) {
        StreamEntry entry = record.entry();
        if (entry instanceof StreamEntry.NotificationAdded added) {
            List<Stream> to = live(added.recipient());
            if (!to.isEmpty()) {
                notifications.find(List.of(added.notification())).stream().findFirst().ifPresent(view ->
                        to.forEach(s -> s.deliver(record.position(), new StreamEvent.NotificationEvent(record.position(), view))));
            }
        } else if (entry instanceof StreamEntry.UnreadChanged changed) {
            List<Stream> to = live(changed.recipient());
            if (!to.isEmpty()) {
                long count = notifications.unreadCount(changed.recipient());
                to.forEach(s -> s.deliver(record.position(), new StreamEvent.UnreadEvent(record.position(), count)));
            }
        } else if (entry instanceof StreamEntry.PostAdded added) {
            List<AccountId> readers = log.audienceAmong(added, open.keySet());
            if (!readers.isEmpty()) {
                content.posts(List.of(added.post()), added.author()).stream().findFirst().ifPresent(post -> {
                    for (AccountId reader : readers) {
                        live(reader).forEach(s -> s.deliver(record.position(), new StreamEvent.PostEvent(record.position(), post)));
                    }
                });
            }
        }
    }

    private List<Stream> live(AccountId viewer) {
        Set<Stream> streams = open.get(viewer);
        return streams == null ? List.of() : streams.stream().filter(s -> s.live).toList();
    }

    // Everything after the stream's position that concerns its viewer, read in batches, views loaded a batch at a time.
    // Everything after the stream's position up to `until` that concerns its viewer, in batches.
    private void catchUp(Stream stream, long until) {
        while (!stream.ended) {
            List<StreamRecord> records = log.forViewer(visibility.scope(stream.viewer), stream.last(), BATCH).stream()
                    .filter(record -> record.position() <= until)
                    .toList();
            if (records.isEmpty()) {
                return;
            }
            Map<NotificationId, NotificationView> views = notifications.find(records.stream()
                            .map(StreamRecord::entry).filter(StreamEntry.NotificationAdded.class::isInstance)
                            .map(e -> ((StreamEntry.NotificationAdded) e).notification()).toList()).stream()
                    .collect(Collectors.toMap(v -> v.notification().id(), Function.identity()));
            Map<PostId, PostView> posts = content.posts(records.stream()
                            .map(StreamRecord::entry).filter(StreamEntry.PostAdded.class::isInstance)
                            .map(e -> ((StreamEntry.PostAdded) e).post()).toList(), stream.viewer).stream()
                    .collect(Collectors.toMap(PostView::id, Function.identity()));
            boolean countsUnread = records.stream().anyMatch(r -> r.entry() instanceof StreamEntry.UnreadChanged);
            long unread = countsUnread ? notifications.unreadCount(stream.viewer) : 0;
            for (StreamRecord record : records) {
                long position = record.position();
                StreamEntry entry = record.entry();
                Optional<StreamEvent> event = Optional.empty();
                if (entry instanceof StreamEntry.NotificationAdded added) {
                    event = Optional.ofNullable(views.get(added.notification())).map(v -> new StreamEvent.NotificationEvent(position, v));
                } else if (entry instanceof StreamEntry.PostAdded added) {
                    event = Optional.ofNullable(posts.get(added.post())).map(p -> new StreamEvent.PostEvent(position, p));
                } else if (entry instanceof StreamEntry.UnreadChanged) {
                    event = Optional.of(new StreamEvent.UnreadEvent(position, unread));
                }
                stream.deliverNow(position, event.orElse(null));  // a retracted notification or deleted post is passed over
            }
        }
    }

    /** One open stream: its viewer, where it stands, and its sink. */
    public final class Stream implements AutoCloseable {
        private final AccountId viewer;
        private final StreamSink sink;
        private long last;
        private volatile boolean live;
        private volatile boolean ended;
        private boolean buffering;  // guarded by this
        private final List<Object[]> buffer = new java.util.ArrayList<>();  // live events while catching up; guarded by this

        private Stream(AccountId viewer, StreamSink sink, long start) {
            this.viewer = viewer;
            this.sink = sink;
            this.last = start;
        }

        /** Whether the stream ended (closed, too slow, or past the log's retention). */
        public boolean ended() {
            return ended;
        }

        /** The position of the last event delivered or passed over. */
        public synchronized long last() {
            return last;
        }

        // From the dispatcher: held back while the stream is still catching up.
        private synchronized void deliver(long position, StreamEvent event) {
            if (buffering) {
                if (buffer.size() >= BATCH) {
                    end(StreamSink.Close.TOO_SLOW);  // its catch-up is far behind: it reconnects and catches up
                } else {
                    buffer.add(new Object[] {position, event});
                }
                return;
            }
            deliverNow(position, event);
        }

        // What the dispatcher held back, in order, once the catch-up is done.
        private synchronized void flush() {
            buffering = false;
            for (Object[] held : buffer) {
                deliverNow((Long) held[0], (StreamEvent) held[1]);
            }
            buffer.clear();
        }

        // In order and once: a position at or below the last one is one this stream has had.
        private synchronized void deliverNow(long position, StreamEvent event) {
            if (ended || position <= last) {
                return;
            }
            last = position;
            if (event != null && !sink.offer(event)) {
                end(StreamSink.Close.TOO_SLOW);
            }
        }

        private void end(StreamSink.Close reason) {
            if (!ended) {
                ended = true;
                unregister();
                sink.close(reason);
            }
        }

        private void unregister() {
            open.computeIfPresent(viewer, (key, streams) -> {
                streams.remove(this);
                return streams.isEmpty() ? null : streams;
            });
        }

        /** Closes the stream from the client's side (its socket closed); its sink is not called. */
        @Override
        public void close() {
            ended = true;
            unregister();
        }
    }

}
