package dev.kith.adapter.postgres.profile;

import dev.kith.adapter.postgres.internal.VisibilitySql;
import dev.kith.application.graph.ViewerScope;
import dev.kith.adapter.postgres.internal.Rows;
import dev.kith.adapter.postgres.internal.Sql;
import dev.kith.application.account.port.AccountSummary;
import dev.kith.application.media.port.StorageKey;
import dev.kith.application.profile.port.ProfileQueries;
import dev.kith.application.profile.port.ProfileView;
import dev.kith.application.shared.Keyed;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.Username;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * {@link ProfileQueries} on the {@code accounts} table: profiles with their kept counts, and a prefix
 * search served by the {@code accounts_username_search} and {@code accounts_display_name_search}
 * indexes. Thread-safe.
 */
public final class PostgresProfileQueries implements ProfileQueries {

    // The search key, written exactly as the index expression so that the planner uses the index.
    private static final String USERNAME_KEY = "lower(a.username COLLATE pg_c_utf8)";
    private static final String DISPLAY_NAME_KEY = "lower(a.display_name COLLATE pg_c_utf8)";

    // Each branch is cut at :limit after the block filter, so a page never comes up short while more
    // matches exist; UNION drops accounts found by both names.
    // By username: an ordered range of accounts_username_search, read no further than the page.
    private static final String BY_USERNAME = "(SELECT a.id, a.username, a.display_name, a.avatar_key FROM accounts a "
            + "WHERE " + USERNAME_KEY + " LIKE :pattern AND " + USERNAME_KEY + " > :after AND " + VisibilitySql.notBlockedEitherWay("a.id") + " "
            + "ORDER BY " + USERNAME_KEY + " LIMIT :limit)";

    // By display name: a range of accounts_display_name_search, sorted by username. OFFSET 0 fences the
    // range off; without it the planner walks the whole username index in order, testing display names.
    private static final String BY_DISPLAY_NAME = "(SELECT a.id, a.username, a.display_name, a.avatar_key FROM ("
            + "SELECT a.id, a.username, a.display_name, a.avatar_key FROM accounts a "
            + "WHERE " + DISPLAY_NAME_KEY + " LIKE :pattern AND " + USERNAME_KEY + " > :after OFFSET 0) a "
            + "WHERE " + VisibilitySql.notBlockedEitherWay("a.id") + " ORDER BY " + USERNAME_KEY + " LIMIT :limit)";

    private static final String SEARCH = "SELECT " + USERNAME_KEY + " AS key, " + Rows.SUMMARY + " FROM ("
            + BY_USERNAME + " UNION " + BY_DISPLAY_NAME + ") a ORDER BY key LIMIT :limit";

    private final Jdbi jdbi;

    /** Queries on the database of {@code jdbi}. */
    public PostgresProfileQueries(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public Optional<ProfileView> byUsername(Username username) {
        // lower() on both sides, as the unique index accounts_username_unique has it.
        return Sql.withHandle(jdbi, handle -> handle.createQuery("SELECT id, username, display_name, bio, avatar_key, is_private, "
                        + "followers_count, following_count, posts_count FROM accounts WHERE lower(username) = lower(:username)")
                .bind("username", username.value())
                .map((rs, ctx) -> new ProfileView(new AccountId(rs.getObject("id", UUID.class)), rs.getString("username"),
                        Optional.ofNullable(rs.getString("display_name")), Optional.ofNullable(rs.getString("bio")),
                        Optional.ofNullable(rs.getString("avatar_key")).map(StorageKey::new), rs.getBoolean("is_private"),
                        rs.getLong("followers_count"),
                        rs.getLong("following_count"), rs.getLong("posts_count")))
                .findOne());
    }

    @Override
    public List<Keyed<String, AccountSummary>> search(String prefix, ViewerScope scope, Optional<String> after, int limit) {
        AccountId viewer = VisibilitySql.viewerOf(scope);
        return Sql.withHandle(jdbi, handle -> handle.createQuery(SEARCH)
                .bind("pattern", Rows.startsWith(prefix))
                // The empty string sorts before every username, so the first page needs no other statement.
                .bind("after", after.orElse(""))
                .bind("viewer", viewer.value())
                .bind("limit", limit)
                .map((rs, ctx) -> new Keyed<>(rs.getString("key"), Rows.summary(rs)))
                .list());
    }
}
