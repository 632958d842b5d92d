package dev.kith.adapter.postgres.bench;

import dev.kith.application.graph.Scopes;
import dev.kith.adapter.postgres.EmbeddedPostgres;
import dev.kith.adapter.postgres.PostgresDatabase;
import dev.kith.adapter.postgres.content.PostgresContentQueries;
import dev.kith.adapter.postgres.internal.Rows;
import dev.kith.adapter.postgres.internal.TimelineSql;
import dev.kith.application.content.port.PostView;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.PostId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * The home-timeline plan on a realistic data set: starts a throwaway embedded PostgreSQL, loads 10,000
 * accounts following 100 others each (skewed towards popular accounts) plus one following 5,000, 200,000
 * posts over 30 days (5 % in groups) and 200,000 likes with set-based SQL, VACUUM ANALYZEs, then prints
 * {@code EXPLAIN (ANALYZE, BUFFERS)} of the adapter's statement for a typical account and for the heavy
 * one, first page and deep pages, and times it (and two alternative formulations) through JDBI.
 *
 * <p>Run (about a minute): {@code ./mvnw -B -q -pl adapters/postgres test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=dev.kith.adapter.postgres.bench.TimelinePlan}
 */
public final class TimelinePlan {

    private static final int ACCOUNTS = 10_000;
    private static final int FOLLOWS_EACH = 100;
    private static final int POSTS = 200_000;
    private static final int LIKES = 200_000;
    private static final int HEAVY_FOLLOWS = 5_000;
    private static final int PAGE = 20;
    private static final int RUNS = 30;

    // Account n has the id 00000000-0000-0000-0000-<n in hex>, so the SQL below can name accounts by number.
    private static final String ACCOUNT_ID = "lpad(to_hex(%s), 32, '0')::uuid";
    private static final int TYPICAL = 5_000;
    private static final int MEDIUM = ACCOUNTS - 1;
    private static final int MEDIUM_FOLLOWS = 1_000;
    private static final int HEAVY = ACCOUNTS;

    /** The adapter's statement with the branch forced each way, and a LATERAL formulation, for comparison. */
    private static final List<Alternative> ALTERNATIVES = List.of(
            new Alternative("adapter (hybrid, scan from " + TimelineSql.SCAN_FROM_FOLLOWING + ")", TimelineSql.HOME_TIMELINE,
                    TimelineSql.SCAN_FROM_FOLLOWING),
            new Alternative("per-author branch forced", TimelineSql.HOME_TIMELINE, Integer.MAX_VALUE),
            new Alternative("scan branch forced", TimelineSql.HOME_TIMELINE, 0),
            new Alternative("LATERAL top-N per followee", "SELECT " + Rows.POST_VIEW + " FROM ("
                    + "SELECT top.id FROM (" + TimelineSql.AUTHORS + ") f(author_id) CROSS JOIN LATERAL ("
                    + "SELECT p.id FROM posts p WHERE p.author_id = f.author_id AND p.group_id IS NULL AND p.id < :before "
                    + "ORDER BY p.id DESC LIMIT :limit) top ORDER BY top.id DESC LIMIT :limit) page "
                    + "JOIN posts p ON p.id = page.id JOIN accounts a ON a.id = p.author_id ORDER BY p.id DESC", 0));

    private TimelinePlan() {
    }

    /** Loads the data set and prints the plans and timings; takes no arguments. */
    public static void main(String[] args) {
        try (EmbeddedPostgres server = EmbeddedPostgres.startThrowaway()) {
            server.createDatabaseIfMissing("kith_bench");
            try (PostgresDatabase database = PostgresDatabase.connect(server.url("kith_bench"), 2)) {
                Jdbi jdbi = database.jdbi();
                long started = System.nanoTime();
                jdbi.useHandle(TimelinePlan::load);
                System.out.printf("loaded in %.1f s%n", (System.nanoTime() - started) / 1e9);
                jdbi.useHandle(TimelinePlan::describe);
                explainAndTime(jdbi, "typical account (follows " + FOLLOWS_EACH + ")", account(TYPICAL));
                explainAndTime(jdbi, "medium account (follows " + MEDIUM_FOLLOWS + ")", account(MEDIUM));
                explainAndTime(jdbi, "heavy account (follows " + HEAVY_FOLLOWS + ")", account(HEAVY));
            }
        }
    }

    private static void load(Handle handle) {
        handle.execute("SELECT setseed(0.42)");
        handle.execute("INSERT INTO accounts (id, username, email, password_hash, created_at) "
                + "SELECT " + String.format(ACCOUNT_ID, "n") + ", 'bench_' || n, 'bench_' || n || '@example.com', 'x', "
                + "now() - interval '60 days' FROM generate_series(1, " + ACCOUNTS + ") n");
        // 150 candidates per account drawn with popularity skew (low numbers are popular: random()^2),
        // self and duplicates dropped, the first 100 kept.
        handle.execute("INSERT INTO follows (id, follower_id, followee_id, state, created_at, accepted_at) "
                + "SELECT gen_random_uuid(), " + String.format(ACCOUNT_ID, "follower") + ", " + String.format(ACCOUNT_ID, "followee")
                + ", 'following', now() - interval '40 days', now() - interval '40 days' FROM ("
                + "SELECT follower, followee, row_number() OVER (PARTITION BY follower ORDER BY min(k)) AS r FROM ("
                + "SELECT f AS follower, 1 + floor(" + ACCOUNTS + " * power(random(), 2))::int AS followee, k "
                + "FROM generate_series(1, " + (ACCOUNTS - 1) + ") f, generate_series(1, 150) k) c "
                + "WHERE follower <> followee GROUP BY follower, followee) d WHERE r <= " + FOLLOWS_EACH);
        // The heavy account follows every other account: 5,000 followees, active and inactive alike.
        handle.execute("INSERT INTO follows (id, follower_id, followee_id, state, created_at, accepted_at) "
                + "SELECT gen_random_uuid(), " + String.format(ACCOUNT_ID, HEAVY) + ", " + String.format(ACCOUNT_ID, "n")
                + ", 'following', now(), now() FROM generate_series(1, " + (2 * HEAVY_FOLLOWS - 1) + ", 2) n");
        // A medium account, following 1,000 (every tenth account): where the two branches meet.
        handle.execute("DELETE FROM follows WHERE follower_id = " + String.format(ACCOUNT_ID, MEDIUM));
        handle.execute("INSERT INTO follows (id, follower_id, followee_id, state, created_at, accepted_at) "
                + "SELECT gen_random_uuid(), " + String.format(ACCOUNT_ID, MEDIUM) + ", " + String.format(ACCOUNT_ID, "n")
                + ", 'following', now(), now() FROM generate_series(3, " + (10 * MEDIUM_FOLLOWS) + ", 10) n");
        // Posts over the last 30 days, authors uniform, ids UUIDv7-shaped from created_at (time-ordered).
        handle.execute("INSERT INTO posts (id, author_id, text, group_id, created_at) "
                + "SELECT (lpad(to_hex((extract(epoch FROM ts) * 1000)::bigint), 12, '0') || '7' || substr(md5(n::text), 1, 3) "
                + "|| '8' || substr(md5(n::text), 4, 15))::uuid, " + String.format(ACCOUNT_ID, "author") + ", "
                + "'post number ' || n || ' with some text to give the row a realistic width', "
                + "CASE WHEN n % 20 = 0 THEN gen_random_uuid() END, ts FROM ("
                + "SELECT n, 1 + floor(random() * " + ACCOUNTS + ")::int AS author, "
                + "now() - random() * interval '30 days' AS ts FROM generate_series(1, " + POSTS + ") n) g");
        handle.execute("INSERT INTO likes (id, post_id, account_id, created_at) "
                + "SELECT gen_random_uuid(), p.id, " + String.format(ACCOUNT_ID, "l.liker") + ", now() FROM ("
                + "SELECT 1 + floor(random() * " + POSTS + ")::int AS post_n, 1 + floor(random() * " + ACCOUNTS + ")::int AS liker "
                + "FROM generate_series(1, " + LIKES + ")) l "
                + "JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM posts) p ON p.n = l.post_n "
                + "ON CONFLICT DO NOTHING");
        handle.execute("UPDATE posts p SET likes_count = c.n FROM (SELECT post_id, count(*) AS n FROM likes GROUP BY post_id) c "
                + "WHERE p.id = c.post_id");
        handle.execute("UPDATE accounts a SET followers_count = c.n FROM (SELECT followee_id, count(*) AS n FROM follows GROUP BY followee_id) c "
                + "WHERE a.id = c.followee_id");
        handle.execute("UPDATE accounts a SET following_count = c.n FROM (SELECT follower_id, count(*) AS n FROM follows GROUP BY follower_id) c "
                + "WHERE a.id = c.follower_id");
        handle.execute("UPDATE accounts a SET posts_count = c.n FROM (SELECT author_id, count(*) AS n FROM posts GROUP BY author_id) c "
                + "WHERE a.id = c.author_id");
        // What autovacuum does on a live database: statistics, and the visibility map for index-only scans.
        handle.execute("VACUUM (FREEZE, ANALYZE)");
    }

    private static void describe(Handle handle) {
        System.out.println(handle.createQuery("SELECT format('%s accounts, %s follows, %s posts (%s in groups), %s likes; "
                        + "most followed account has %s followers; the typical account follows %s, the heavy one %s', "
                        + "(SELECT count(*) FROM accounts), (SELECT count(*) FROM follows), (SELECT count(*) FROM posts), "
                        + "(SELECT count(*) FROM posts WHERE group_id IS NOT NULL), (SELECT count(*) FROM likes), "
                        + "(SELECT max(followers_count) FROM accounts), "
                        + "(SELECT following_count FROM accounts WHERE id = " + String.format(ACCOUNT_ID, TYPICAL) + "), "
                        + "(SELECT following_count FROM accounts WHERE id = " + String.format(ACCOUNT_ID, HEAVY) + "))")
                .mapTo(String.class).one());
        System.out.println(handle.createQuery("SELECT version()").mapTo(String.class).one());
    }

    private static void explainAndTime(Jdbi jdbi, String title, AccountId viewer) {
        PostgresContentQueries content = new PostgresContentQueries(jdbi);
        // Deep pages: the cursors a client holds after paging 10 and 50 pages down.
        List<Optional<PostId>> cursors = new ArrayList<>();
        cursors.add(Optional.empty());
        for (int depth : new int[] {10, 50}) {
            List<PostView> rows = content.homeTimeline(Scopes.of(viewer), Optional.empty(), 100);
            Optional<PostId> cursor = Optional.empty();
            int seen = 0;
            while (seen < depth * PAGE && !rows.isEmpty()) {
                int take = Math.min(rows.size(), depth * PAGE - seen);
                cursor = Optional.of(rows.get(take - 1).id());
                seen += take;
                rows = seen < depth * PAGE ? content.homeTimeline(Scopes.of(viewer), cursor, 100) : List.of();
            }
            cursors.add(cursor);
        }
        String[] names = {"first page", "page 11 (cursor after 200 posts)", "page 51 (cursor after 1,000 posts)"};
        for (int i = 0; i < cursors.size(); i++) {
            Optional<PostId> cursor = cursors.get(i);
            System.out.printf("%n=== %s, %s, limit %d ===%n", title, names[i], PAGE + 1);
            String plan = jdbi.withHandle(handle -> String.join("\n", bind(handle.createQuery(
                            "EXPLAIN (ANALYZE, BUFFERS) " + TimelineSql.HOME_TIMELINE), viewer, cursor, TimelineSql.SCAN_FROM_FOLLOWING)
                    .mapTo(String.class).list()));
            System.out.println(plan);
            long[] adapter = time(() -> content.homeTimeline(Scopes.of(viewer), cursor, PAGE + 1));
            System.out.printf("through PostgresContentQueries, %d runs: median %.2f ms, max %.2f ms%n", RUNS, adapter[0] / 1e6, adapter[1] / 1e6);
            for (Alternative alternative : ALTERNATIVES) {
                long[] timing = time(() -> jdbi.withHandle(handle -> bind(handle.createQuery(alternative.sql()), viewer, cursor,
                        alternative.scanFrom()).mapTo(UUID.class).list()));
                List<String> explained = jdbi.withHandle(handle -> bind(handle.createQuery("EXPLAIN (ANALYZE, BUFFERS) " + alternative.sql()),
                        viewer, cursor, alternative.scanFrom()).mapTo(String.class).list());
                System.out.printf("  %-42s median %7.2f ms, max %7.2f ms | EXPLAIN: %s, %s%n", alternative.name(),
                        timing[0] / 1e6, timing[1] / 1e6, explained.get(1).strip(), explained.get(explained.size() - 1));
            }
        }
    }

    private static Query bind(Query query, AccountId viewer, Optional<PostId> cursor, int scanFrom) {
        return query.bind("viewer", viewer.value())
                .bind("before", cursor.map(PostId::value).orElse(Rows.NEWEST))
                .bind("limit", PAGE + 1)
                .bind("scanFrom", scanFrom);
    }

    private static long[] time(Runnable run) {
        for (int i = 0; i < 5; i++) {
            run.run();
        }
        long[] samples = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run.run();
            samples[i] = System.nanoTime() - start;
        }
        Arrays.sort(samples);
        return new long[] {samples[RUNS / 2], samples[RUNS - 1]};
    }

    /** A formulation of the timeline and the {@code :scanFrom} it runs with. */
    private record Alternative(String name, String sql, int scanFrom) {
    }

    private static AccountId account(int n) {
        return new AccountId(UUID.fromString(String.format("00000000-0000-0000-0000-%012x", n)));
    }
}
