package dev.kith.adapter.postgres.account;

import static dev.kith.adapter.postgres.internal.Sql.timestamp;

import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.application.account.port.RevokedLogins;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.LoginSessionId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link RevokedLogins} on the {@code access_revocations} table, answered from a per-node copy in memory
 * so that checking a token costs two hash look-ups, not a query. A revocation committed on this node is in
 * its copy as soon as the transaction commits; other nodes read new rows every
 * {@linkplain #startPolling(Duration) poll interval} (a second by default), so a revoked token stops
 * working everywhere within about that. If the database can't be read, the copy keeps what it has and the
 * next poll catches up. Thread-safe.
 */
public final class PostgresRevokedLogins implements RevokedLogins, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresRevokedLogins.class);

    /**
     * How far back each poll looks again: a transaction that inserted earlier but committed after the last
     * poll still has its row read. Longer than any transaction that revokes.
     */
    static final Duration OVERLAP = Duration.ofSeconds(30);

    /** How far back the first load reads: longer than any access token lives (15 min) plus clock skew. */
    static final Duration HORIZON = Duration.ofMinutes(75);
    private static final String HORIZON_TEXT = "75 minutes";

    private final Jdbi jdbi;
    // what this node knows, with when it learned each: an entry outlives every token it can stop, then goes
    private final Map<LoginSessionId, Instant> logins = new ConcurrentHashMap<>();
    private final Map<AccountId, Instant> accounts = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Object polling = new Object();
    private OffsetDateTime seenUpTo;
    private ScheduledExecutorService poller;

    /** Reads every recent revocation now; call {@link #refresh()} or {@link #startPolling} to learn new ones. */
    public PostgresRevokedLogins(Jdbi jdbi) {
        this(jdbi, Clock.systemUTC());
    }

    /** As {@link #PostgresRevokedLogins(Jdbi)}, forgetting entries {@value #HORIZON_TEXT} after {@code clock} saw them learned. */
    PostgresRevokedLogins(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
        refresh();
    }

    @Override
    public void revokeLogin(AccountId account, LoginSessionId session, Instant now) {
        record(account, session, now);
    }

    @Override
    public void revokeAccount(AccountId account, Instant now) {
        record(account, null, now);
    }

    private void record(AccountId account, LoginSessionId session, Instant now) {
        Sql.useHandle(jdbi, handle -> {
            handle.createUpdate("INSERT INTO access_revocations (account_id, session_id, revoked_at) "
                            + "VALUES (:account, :session, :now)")
                    .bind("account", account.value())
                    .bind("session", session == null ? null : session.value())
                    .bind("now", timestamp(now))
                    .execute();
            Runnable remember = () -> remember(account, session);
            if (handle.isInTransaction()) {
                handle.afterCommit(remember);
            } else {
                remember.run();
            }
        });
    }

    private void remember(AccountId account, LoginSessionId session) {
        Instant now = clock.instant();
        if (session == null) {
            accounts.putIfAbsent(account, now);
        } else {
            logins.putIfAbsent(session, now);
        }
    }

    /** Forgets what was learned longer ago than any access token lives, so memory stays bounded. */
    private void forgetOld() {
        Instant cutoff = clock.instant().minus(HORIZON);
        logins.values().removeIf(learned -> learned.isBefore(cutoff));
        accounts.values().removeIf(learned -> learned.isBefore(cutoff));
    }

    @Override
    public boolean isRevoked(AccountId account, LoginSessionId session) {
        return logins.containsKey(session) || accounts.containsKey(account);
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        // the copy in memory forgets its entries at each refresh once they are older than HORIZON
        return Sql.withHandle(jdbi, handle -> handle.createUpdate("DELETE FROM access_revocations WHERE revoked_at < :cutoff")
                .bind("cutoff", timestamp(cutoff))
                .execute());
    }

    /** Reads the revocations recorded (by any node) since the last read, and forgets those too old to matter. */
    public void refresh() {
        synchronized (polling) {
            OffsetDateTime since = seenUpTo == null
                    ? null
                    : seenUpTo.minus(OVERLAP);
            Sql.useHandle(jdbi, handle -> handle.createQuery("SELECT account_id, session_id, recorded_at FROM access_revocations "
                            + "WHERE recorded_at > COALESCE(CAST(:since AS timestamptz), clock_timestamp() - CAST(:horizon AS interval))")
                    .bind("since", since)
                    .bind("horizon", HORIZON.toSeconds() + " seconds")
                    .map((rs, ctx) -> {
                        UUID session = rs.getObject("session_id", UUID.class);
                        remember(new AccountId(rs.getObject("account_id", UUID.class)),
                                session == null ? null : new LoginSessionId(session));
                        OffsetDateTime recorded = rs.getObject("recorded_at", OffsetDateTime.class);
                        if (seenUpTo == null || recorded.isAfter(seenUpTo)) {
                            seenUpTo = recorded;
                        }
                        return recorded;
                    })
                    .list());
            if (seenUpTo == null) {
                // nothing yet: the next polls look back from the database's now, not from the horizon
                seenUpTo = Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT clock_timestamp()")
                        .mapTo(OffsetDateTime.class).one());
            }
            // after reading: a row read again in the overlap keeps the time it was first learned
            forgetOld();
        }
    }

    /**
     * Reads new revocations every {@code interval} on a daemon thread until {@link #close()}.
     *
     * @return this
     */
    public PostgresRevokedLogins startPolling(Duration interval) {
        synchronized (polling) {
            if (poller != null) {
                throw new IllegalStateException("already polling");
            }
            poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "kith-revocations");
                thread.setDaemon(true);
                return thread;
            });
        }
        poller.scheduleWithFixedDelay(() -> {
            try {
                refresh();
            } catch (RuntimeException e) {
                LOG.warn("cannot read new access revocations; keeping those known: {}", e.toString());
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Stops polling. */
    @Override
    public void close() {
        synchronized (polling) {
            if (poller != null) {
                poller.shutdownNow();
            }
        }
    }
}
