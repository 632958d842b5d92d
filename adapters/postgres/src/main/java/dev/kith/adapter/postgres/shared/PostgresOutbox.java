package dev.kith.adapter.postgres.shared;

import static dev.kith.adapter.postgres.internal.Sql.instant;
import static dev.kith.adapter.postgres.internal.Sql.timestamp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.adapter.postgres.PostgresFailure;
import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.application.shared.port.Outbox;
import dev.kith.application.shared.port.OutboxMessage;
import dev.kith.application.shared.port.OutboxMessageId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * {@link Outbox} on the {@code outbox} table. Claiming locks due rows with {@code FOR UPDATE SKIP LOCKED}
 * and moves them out of reach for the lease, so relays on several nodes never take the same message at
 * once. Thread-safe; joins the transaction running on the calling thread.
 */
public final class PostgresOutbox implements Outbox {

    /** Longest error text kept; the relay's message is for diagnosis, not a full stack trace. */
    private static final int ERROR_MAX = 2000;

    private static final TypeReference<Map<String, String>> PAYLOAD = new TypeReference<>() {
    };

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbi jdbi;

    /** An outbox in the database of {@code jdbi}. */
    public PostgresOutbox(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public void enqueue(OutboxMessage message) {
        Sql.useHandle(jdbi, handle -> handle.createUpdate("INSERT INTO outbox (id, topic, payload, created_at, next_attempt_at, attempts) "
                        + "VALUES (:id, :topic, CAST(:payload AS jsonb), :createdAt, :createdAt, :attempts)")
                .bind("id", message.id().value())
                .bind("topic", message.topic())
                .bind("payload", toJson(message.payload()))
                .bind("createdAt", timestamp(message.createdAt()))
                .bind("attempts", message.attempts())
                .execute());
    }

    @Override
    public List<OutboxMessage> claimDue(Instant now, Duration lease, int limit) {
        Objects.requireNonNull(now, "now");
        if (lease.isNegative()) {
            throw new IllegalArgumentException("lease must not be negative: " + lease);
        }
        if (limit <= 0) {
            return List.of();
        }
        // SKIP LOCKED lets concurrent relays pass over each other's rows instead of waiting; a row claimed
        // and committed meanwhile is re-checked against next_attempt_at under the lock and dropped.
        List<OutboxMessage> claimed = Sql.withHandle(jdbi, handle -> handle.createQuery("UPDATE outbox "
                        + "SET attempts = attempts + 1, next_attempt_at = :leaseEnd "
                        + "WHERE id IN (SELECT id FROM outbox WHERE next_attempt_at <= :now AND dead_at IS NULL "
                        + "ORDER BY created_at, id LIMIT :limit FOR UPDATE SKIP LOCKED) "
                        + "RETURNING id, topic, payload::text AS payload, created_at, attempts")
                .bind("now", timestamp(now))
                .bind("leaseEnd", timestamp(now.plus(lease)))
                .bind("limit", limit)
                .map(PostgresOutbox::message)
                .list());
        // RETURNING has no order of its own.
        return claimed.stream()
                .sorted(Comparator.comparing(OutboxMessage::createdAt).thenComparing(message -> message.id().value()))
                .toList();
    }

    @Override
    public void complete(OutboxMessageId id) {
        Sql.useHandle(jdbi, handle -> handle.createUpdate("DELETE FROM outbox WHERE id = :id")
                .bind("id", id.value())
                .execute());
    }

    @Override
    public void retryLater(OutboxMessageId id, Instant nextAttemptAt, String error) {
        Sql.useHandle(jdbi, handle -> handle.createUpdate(
                        "UPDATE outbox SET next_attempt_at = :nextAttemptAt, last_error = :error WHERE id = :id")
                .bind("nextAttemptAt", timestamp(nextAttemptAt))
                .bind("error", storable(error))
                .bind("id", id.value())
                .execute());
    }

    @Override
    public void bury(OutboxMessageId id, Instant now, String error) {
        Sql.useHandle(jdbi, handle -> handle.createUpdate(
                        "UPDATE outbox SET dead_at = :now, last_error = :error WHERE id = :id")
                .bind("now", timestamp(now))
                .bind("error", storable(error))
                .bind("id", id.value())
                .execute());
    }

    @Override
    public long pending() {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT count(*) FROM outbox WHERE dead_at IS NULL")
                .mapTo(Long.class).one());
    }

    @Override
    public long dead() {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT count(*) FROM outbox WHERE dead_at IS NOT NULL")
                .mapTo(Long.class).one());
    }

    private static String toJson(Map<String, String> payload) {
        try {
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new PostgresFailure("cannot write an outbox payload as JSON", e);
        }
    }

    // PostgreSQL text can't hold NUL, and an unbounded error (a whole stack trace) helps nobody.
    private static String storable(String error) {
        if (error == null) {
            return null;
        }
        String text = error.replace('\u0000', '\uFFFD');
        if (text.length() <= ERROR_MAX) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(ERROR_MAX - 1)) ? ERROR_MAX - 1 : ERROR_MAX;
        return text.substring(0, end);
    }

    private static OutboxMessage message(ResultSet rs, StatementContext context) throws SQLException {
        Map<String, String> payload;
        try {
            payload = JSON.readValue(rs.getString("payload"), PAYLOAD);
        } catch (JsonProcessingException e) {
            throw new SQLException("outbox payload is not a JSON object of strings", e);
        }
        return new OutboxMessage(
                new OutboxMessageId(rs.getObject("id", UUID.class)),
                rs.getString("topic"),
                payload,
                instant(rs, "created_at"),
                rs.getInt("attempts"));
    }
}
