package dev.kith.adapter.postgres.account;

import static dev.kith.adapter.postgres.internal.Sql.timestamp;

import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.application.account.port.NameReservations;
import dev.kith.domain.account.EmailAddress;
import dev.kith.domain.account.Username;
import java.time.Instant;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link NameReservations} in {@code reserved_usernames} and {@code reserved_emails} (V13), by canonical
 * (lower-cased) name. Thread-safe; joins the transaction running on the calling thread.
 */
public final class PostgresNameReservations implements NameReservations {

    /** What housekeeping runs, once for each table; public so that tests can run it on its own. */
    public static final String PURGE_USERNAMES = "DELETE FROM reserved_usernames WHERE until <= :now";
    public static final String PURGE_EMAILS = "DELETE FROM reserved_emails WHERE until <= :now";

    private final Jdbi jdbi;

    /** Reservations in the database of {@code jdbi}. */
    public PostgresNameReservations(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public void reserve(Username username, EmailAddress email, Instant until) {
        Sql.useHandle(jdbi, handle -> {
            handle.createUpdate("INSERT INTO reserved_usernames (username, until) VALUES (:name, :until) "
                            + "ON CONFLICT (username) DO UPDATE SET until = greatest(reserved_usernames.until, excluded.until)")
                    .bind("name", username.canonical()).bind("until", timestamp(until)).execute();
            handle.createUpdate("INSERT INTO reserved_emails (email, until) VALUES (:name, :until) "
                            + "ON CONFLICT (email) DO UPDATE SET until = greatest(reserved_emails.until, excluded.until)")
                    .bind("name", email.canonical()).bind("until", timestamp(until)).execute();
        });
    }

    @Override
    public boolean holdsUsername(Username username, Instant now) {
        return holds("SELECT EXISTS (SELECT 1 FROM reserved_usernames WHERE username = :name AND until > :now)",
                username.canonical(), now);
    }

    @Override
    public boolean holdsEmail(EmailAddress email, Instant now) {
        return holds("SELECT EXISTS (SELECT 1 FROM reserved_emails WHERE email = :name AND until > :now)", email.canonical(), now);
    }

    @Override
    public int purgeExpired(Instant now) {
        return Sql.withHandle(jdbi, handle -> handle.createUpdate(PURGE_USERNAMES).bind("now", timestamp(now)).execute()
                + handle.createUpdate(PURGE_EMAILS).bind("now", timestamp(now)).execute());
    }

    private boolean holds(String sql, String name, Instant now) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery(sql).bind("name", name).bind("now", timestamp(now))
                .mapTo(Boolean.class).one());
    }
}
