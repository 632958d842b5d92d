package dev.kith.adapter.postgres.seed;

import dev.kith.adapter.postgres.internal.VisibilitySql;
import dev.kith.adapter.postgres.PostgresFailure;
import dev.kith.adapter.postgres.content.PostgresHomeFeedHorizon;
import dev.kith.adapter.postgres.internal.HomeFeedFanOut;
import dev.kith.domain.account.PasswordHash;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills a migrated, empty Kith database with the demo data set of a {@link SeedPlan}: verified accounts
 * {@code user00000} …, a follow graph with Zipf-like popularity, posts with mentions, likes and comments with
 * replies, every kept counter consistent, and the precomputed home timelines filled.
 *
 * <p>One transaction does it all, so a failed run leaves the database as it was: it empties the tables
 * ({@code TRUNCATE}), drops the foreign keys and non-unique indexes of the tables it loads, streams the rows
 * in with {@code COPY ... FREEZE}, sets the counters with one set-based {@code UPDATE} per table, then
 * recreates the indexes and foreign keys (which checks them all in one pass each, far faster than a check per
 * row). A {@code VACUUM ANALYZE} after the commit gives the planner statistics and the visibility map that
 * index-only scans need. Takes exclusive locks on every table while it runs: stop the servers first.
 */
public final class Seeder {

    /** The tables loaded, in load order (parents first). */
    private static final List<String> LOADED = List.of("accounts", "follows", "posts", "post_mentions", "comments",
            "comment_mentions", "likes");

    private static final String COUNT_ACCOUNTS = "UPDATE accounts a SET followers_count = c.followers, "
            + "following_count = c.following, posts_count = c.posts FROM ("
            + "SELECT id, sum(followers) AS followers, sum(following) AS following, sum(posts) AS posts FROM ("
            + "SELECT followee_id AS id, count(*) AS followers, 0 AS following, 0 AS posts FROM follows "
            + "WHERE " + VisibilitySql.accepted(null) + " GROUP BY followee_id "
            + "UNION ALL SELECT follower_id, 0, count(*), 0 FROM follows WHERE " + VisibilitySql.accepted(null) + " GROUP BY follower_id "
            + "UNION ALL SELECT author_id, 0, 0, count(*) FROM posts GROUP BY author_id) per_kind GROUP BY id) c "
            + "WHERE a.id = c.id";

    private static final String COUNT_POSTS = "UPDATE posts p SET likes_count = c.likes, comments_count = c.comments FROM ("
            + "SELECT post_id, sum(likes) AS likes, sum(comments) AS comments FROM ("
            + "SELECT post_id, count(*) AS likes, 0 AS comments FROM likes GROUP BY post_id "
            + "UNION ALL SELECT post_id, 0, count(*) FROM comments GROUP BY post_id) per_kind GROUP BY post_id) c "
            + "WHERE p.id = c.post_id";

    // Authors with pullFromFollowers followers or more are read on read: their posts stay out of the feeds
    // (see HomeFeedFanOut), as if each had written its first post at that many followers.
    private static final String PULLED_AUTHORS = "UPDATE accounts SET feed_pull_from = '00000000-0000-0000-0000-000000000000' "
            + "WHERE followers_count >= ?";

    private static final String PULLED_FOLLOWS = "UPDATE follows f SET pull = true FROM accounts b "
            + "WHERE b.id = f.followee_id AND b.feed_pull_from IS NOT NULL";

    // Every account's precomputed home timeline above the horizon, in key order.
    private static final String FEEDS = "INSERT INTO home_feed (owner_id, post_id, author_id) "
            + "SELECT owner_id, post_id, author_id FROM ("
            + "SELECT f.follower_id AS owner_id, p.id AS post_id, p.author_id FROM posts p "
            + "JOIN follows f ON f.followee_id = p.author_id AND " + VisibilitySql.accepted("f") + " "
            + "JOIN accounts b ON b.id = p.author_id AND b.feed_pull_from IS NULL "
            + "WHERE " + VisibilitySql.outsideGroups("p") + " AND p.id > (SELECT post_id FROM home_feed_horizon) "
            + "UNION ALL SELECT p.author_id, p.id, p.author_id FROM posts p "
            + "WHERE " + VisibilitySql.outsideGroups("p") + " AND p.id > (SELECT post_id FROM home_feed_horizon)) feed "
            + "ORDER BY owner_id, post_id";

    private final DataSource dataSource;
    private final Consumer<String> progress;
    private final Duration feedRetention;
    private final int pullFromFollowers;

    /**
     * A seeder of the database behind {@code dataSource} (already migrated) that reports each step to
     * {@code progress}, and fills the precomputed home timelines with the posts of the last
     * {@link PostgresHomeFeedHorizon#DEFAULT_RETENTION} before the plan's anchor.
     */
    public Seeder(DataSource dataSource, Consumer<String> progress) {
        this(dataSource, progress, PostgresHomeFeedHorizon.DEFAULT_RETENTION);
    }

    /**
     * A seeder whose home timelines hold the posts of the {@code feedRetention} before the plan's anchor, with
     * the default fan-out limit ({@link HomeFeedFanOut#PULL_FROM_FOLLOWERS} followers).
     */
    public Seeder(DataSource dataSource, Consumer<String> progress, Duration feedRetention) {
        this(dataSource, progress, feedRetention, HomeFeedFanOut.PULL_FROM_FOLLOWERS);
    }

    /**
     * A seeder whose home timelines hold the posts of the {@code feedRetention} before the plan's anchor, and
     * whose authors with {@code pullFromFollowers} followers or more are read on read, as the server's
     * {@code PostgresPostRepository} with the same limit would have made them: pass the limit the server runs
     * with (its fan-out limit setting), or the seeded feeds and the live ones disagree.
     */
    public Seeder(DataSource dataSource, Consumer<String> progress, Duration feedRetention, int pullFromFollowers) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.progress = Objects.requireNonNull(progress, "progress");
        this.feedRetention = Objects.requireNonNull(feedRetention, "feedRetention");
        if (pullFromFollowers < 0) {
            throw new IllegalArgumentException("pullFromFollowers must not be negative: " + pullFromFollowers);
        }
        this.pullFromFollowers = pullFromFollowers;
    }

    /**
     * Loads the data set of {@code plan}; every account gets {@code passwordHash} (hash the demo password once:
     * hashing it per account would take minutes).
     *
     * @param replace whether a database that already has accounts may be emptied first (every table but
     *                Flyway's history is truncated); without it such a database is refused
     * @throws DatabaseNotEmpty when the database has accounts and {@code replace} is false
     * @throws PostgresFailure  when PostgreSQL fails; nothing has changed then
     */
    public SeedResult seed(SeedPlan plan, PasswordHash passwordHash, boolean replace) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(passwordHash, "passwordHash");
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            Map<String, Long> rows;
            connection.setAutoCommit(false);
            try {
                rows = load(connection, plan, passwordHash.encoded(), replace);
                step("commit", () -> connection.commit());
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            step("vacuum analyze", () -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("VACUUM (ANALYZE) " + String.join(", ", LOADED) + ", home_feed");
                }
            });
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            return new SeedResult(rows, elapsed);
        } catch (SQLException e) {
            throw new PostgresFailure("seeding failed: " + e.getMessage(), e);
        }
    }

    private Map<String, Long> load(Connection connection, SeedPlan plan, String passwordHash, boolean replace)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            long accounts = single(statement, "SELECT count(*) FROM accounts");
            if (accounts > 0 && !replace) {
                throw new DatabaseNotEmpty(accounts);
            }
            // Index builds and the foreign-key checks sort and hash; give them room (this transaction only).
            statement.execute("SET LOCAL maintenance_work_mem = '256MB'");
            statement.execute("SET LOCAL work_mem = '64MB'");
            List<String> tables = strings(statement, "SELECT format('%I', tablename) FROM pg_tables "
                    + "WHERE schemaname = current_schema() AND tablename <> 'flyway_schema_history' ORDER BY tablename");
            step("truncate " + tables.size() + " tables", () -> statement.execute("TRUNCATE " + String.join(", ", tables) + " CASCADE"));
            List<Ddl> rebuild = dropForeignKeysAndIndexes(statement);

            long t = System.nanoTime();
            DemoData data = new DemoData(plan);
            progress.accept(String.format("plan: seed %d, %,d accounts following %,d each, %,d posts, %,d likes, %,d comments "
                            + "(generator ready in %.1f s)", plan.seed(), plan.accounts(), plan.followsPerAccount(), plan.posts(),
                    plan.likes(), plan.comments(), (System.nanoTime() - t) / 1e9));
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Map<String, Long> rows = new LinkedHashMap<>();
            rows.put("accounts", copy(copy, "accounts", DemoData.ACCOUNT_COLUMNS, plan.accounts(),
                    out -> data.writeAccounts(out, passwordHash)));
            rows.put("follows", copy(copy, "follows", DemoData.FOLLOW_COLUMNS, plan.follows(), data::writeFollows));
            rows.put("posts", copy(copy, "posts", DemoData.POST_COLUMNS, plan.posts(), data::writePosts));
            rows.put("post_mentions", copy(copy, "post_mentions", DemoData.POST_MENTION_COLUMNS, 0, data::writePostMentions));
            rows.put("comments", copy(copy, "comments", DemoData.COMMENT_COLUMNS, plan.comments(), data::writeComments));
            rows.put("comment_mentions", copy(copy, "comment_mentions", DemoData.COMMENT_MENTION_COLUMNS, 0,
                    data::writeCommentMentions));
            rows.put("likes", copy(copy, "likes", DemoData.LIKE_COLUMNS, plan.likes(), data::writeLikes));

            step("counters of accounts", () -> statement.executeUpdate(COUNT_ACCOUNTS));
            step("counters of posts", () -> statement.executeUpdate(COUNT_POSTS));
            for (Ddl ddl : rebuild) {
                step(ddl.label(), () -> statement.execute(ddl.sql()));
            }
            long[] pulled = new long[1];
            step("authors with " + pullFromFollowers + " or more followers read on read", () -> {
                try (PreparedStatement authors = connection.prepareStatement(PULLED_AUTHORS)) {
                    authors.setInt(1, pullFromFollowers);
                    pulled[0] = authors.executeUpdate();
                }
                statement.executeUpdate(PULLED_FOLLOWS);
            });
            progress.accept(String.format("%,d authors read on read (fan-out limit %,d followers)", pulled[0], pullFromFollowers));
            UUID horizon = PostgresHomeFeedHorizon.horizonAt(plan.anchor().minus(feedRetention));
            statement.execute("INSERT INTO home_feed_horizon (post_id) VALUES ('" + horizon + "')");
            long[] feedRows = new long[1];
            step("home timelines of the last " + feedRetention.toDays() + " days", () -> feedRows[0] = statement.executeUpdate(FEEDS));
            rows.put("home_feed", feedRows[0]);
            return rows;
        }
    }

    /**
     * Drops the foreign keys and non-unique indexes of the loaded tables and returns the statements that
     * recreate them, read from the catalog (so indexes that later migrations add are covered too).
     */
    private List<Ddl> dropForeignKeysAndIndexes(Statement statement) throws SQLException {
        String loaded = "ARRAY[" + String.join(", ", LOADED.stream().map(t -> "'" + t + "'::regclass").toList()) + "]";
        List<String> drop = new ArrayList<>();
        List<Ddl> rebuild = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) "
                + "FROM pg_index WHERE indrelid = ANY (" + loaded + ") AND NOT indisunique AND NOT indisprimary ORDER BY 1")) {
            while (rs.next()) {
                drop.add("DROP INDEX " + rs.getString(1));
                rebuild.add(new Ddl("index " + rs.getString(1), rs.getString(2)));
            }
        }
        try (ResultSet rs = statement.executeQuery("SELECT conrelid::regclass::text, quote_ident(conname), "
                + "pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' AND conrelid = ANY (" + loaded + ") "
                + "ORDER BY array_position(" + loaded + ", conrelid), conname")) {
            while (rs.next()) {
                drop.add("ALTER TABLE " + rs.getString(1) + " DROP CONSTRAINT " + rs.getString(2));
                rebuild.add(new Ddl("foreign key " + rs.getString(2),
                        "ALTER TABLE " + rs.getString(1) + " ADD CONSTRAINT " + rs.getString(2) + " " + rs.getString(3)));
            }
        }
        step("drop " + drop.size() + " foreign keys and indexes (until loaded)", () -> {
            for (String ddl : drop) {
                statement.execute(ddl);
            }
        });
        return rebuild;
    }

    /** A statement that recreates an index or a foreign key, and its name in the progress report. */
    private record Ddl(String label, String sql) {
    }

    /** Writes rows into one {@link CopyStream}. */
    @FunctionalInterface
    private interface Rows {
        void writeTo(CopyStream out) throws SQLException;
    }

    private long copy(CopyManager copy, String table, String columns, long expected, Rows rows) throws SQLException {
        long started = System.nanoTime();
        try (CopyStream out = CopyStream.open(copy, table, columns, expected, progress)) {
            rows.writeTo(out);
            long loaded = out.finish();
            progress.accept(String.format("%-29s %,11d rows %6.1f s", table, loaded, (System.nanoTime() - started) / 1e9));
            return loaded;
        }
    }

    /** A step that only talks to the database. */
    @FunctionalInterface
    private interface Work {
        void run() throws SQLException;
    }

    private void step(String name, Work work) throws SQLException {
        long started = System.nanoTime();
        work.run();
        progress.accept(String.format("%-50s %6.1f s", name, (System.nanoTime() - started) / 1e9));
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> strings(Statement statement, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
