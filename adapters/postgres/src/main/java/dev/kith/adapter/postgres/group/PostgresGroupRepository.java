package dev.kith.adapter.postgres.group;

import static dev.kith.adapter.postgres.internal.Sql.timestamp;

import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.application.group.port.GroupRepository;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.group.Group;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupVisibility;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link GroupRepository} on {@code groups} (see the V12 migration). {@link #lock} is {@code SELECT ... FOR
 * UPDATE}: it also makes a post written into the group meanwhile wait (its foreign key takes a key-share lock
 * on the row), so a group being deleted gets no new post. Deleting the row takes its members, requests, bans,
 * log and notifications by {@code ON DELETE CASCADE}. Thread-safe; joins the transaction running on the
 * calling thread.
 */
public final class PostgresGroupRepository implements GroupRepository {

    static final String COLUMNS = "g.id, g.name, g.description, g.visibility, g.created_by, g.created_at";

    private final Jdbi jdbi;

    /** A repository on the database of {@code jdbi}. */
    public PostgresGroupRepository(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public void add(Group group) {
        Sql.useHandle(jdbi, handle -> handle.createUpdate("INSERT INTO groups (id, name, description, visibility, created_by, created_at) "
                        + "VALUES (:id, :name, :description, :visibility, :createdBy, :createdAt)")
                .bind("id", group.id().value())
                .bind("name", group.name())
                .bind("description", group.description())
                .bind("visibility", visibility(group.visibility()))
                .bind("createdBy", group.createdBy().map(AccountId::value).orElse(null))
                .bind("createdAt", timestamp(group.createdAt()))
                .execute());
    }

    @Override
    public Optional<Group> find(GroupId id) {
        return select(id, "");
    }

    @Override
    public Optional<Group> lock(GroupId id) {
        return select(id, " FOR UPDATE");
    }

    private Optional<Group> select(GroupId id, String lock) {
        return Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT " + COLUMNS + " FROM groups g WHERE g.id = :id" + lock)
                .bind("id", id.value())
                .map((rs, ctx) -> group(rs))
                .findOne());
    }

    @Override
    public void update(Group group) {
        Sql.useHandle(jdbi, handle -> handle.createUpdate("UPDATE groups SET name = :name, description = :description, "
                        + "visibility = :visibility WHERE id = :id")
                .bind("id", group.id().value())
                .bind("name", group.name())
                .bind("description", group.description())
                .bind("visibility", visibility(group.visibility()))
                .execute());
    }

    @Override
    public boolean delete(GroupId id) {
        return Sql.withHandle(jdbi, handle -> handle.createUpdate("DELETE FROM groups WHERE id = :id")
                .bind("id", id.value())
                .execute() > 0);
    }

    /** The stored name of a visibility. */
    static String visibility(GroupVisibility visibility) {
        return visibility.name().toLowerCase(Locale.ROOT);
    }

    /** Reads the {@link #COLUMNS} of a {@code groups} row aliased {@code g}. */
    static Group group(ResultSet rs) throws SQLException {
        return new Group(new GroupId(rs.getObject("id", UUID.class)), rs.getString("name"), rs.getString("description"),
                GroupVisibility.valueOf(rs.getString("visibility").toUpperCase(Locale.ROOT)),
                Optional.ofNullable(rs.getObject("created_by", UUID.class)).map(AccountId::new), Sql.instant(rs, "created_at"));
    }
}
