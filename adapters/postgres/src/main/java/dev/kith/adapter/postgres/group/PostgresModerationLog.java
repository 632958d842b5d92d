package dev.kith.adapter.postgres.group;

import static dev.kith.adapter.postgres.internal.Sql.timestamp;

import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.application.group.port.ModerationLog;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.group.ModerationEntry;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link ModerationLog} on {@code group_moderation_log} (see the V12 migration): one insert per entry, in the
 * action's transaction. Thread-safe; joins the transaction running on the calling thread.
 */
public final class PostgresModerationLog implements ModerationLog {

    private final Jdbi jdbi;

    /** A log on the database of {@code jdbi}. */
    public PostgresModerationLog(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public void record(ModerationEntry entry) {
        Sql.useHandle(jdbi, handle -> handle.createUpdate("INSERT INTO group_moderation_log "
                        + "(id, group_id, actor_id, action, subject_id, detail, at) "
                        + "VALUES (:id, :group, :actor, :action, :subject, :detail, :at)")
                .bind("id", entry.id())
                .bind("group", entry.group().value())
                .bind("actor", entry.actor().value())
                .bind("action", entry.action().name())
                .bind("subject", entry.subject().map(AccountId::value).orElse(null))
                .bind("detail", entry.detail())
                .bind("at", timestamp(entry.at()))
                .execute());
    }
}
