package dev.kith.adapter.postgres.seed;

import dev.kith.application.graph.Scopes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.account.PostgresAccountRepository;
import dev.kith.adapter.postgres.content.PostgresContentQueries;
import dev.kith.adapter.postgres.content.PostgresHomeFeedHorizon;
import dev.kith.adapter.postgres.profile.PostgresProfileQueries;
import dev.kith.application.content.port.PostView;
import dev.kith.application.profile.port.ProfileView;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.PostId;
import dev.kith.domain.account.PasswordHash;
import dev.kith.domain.account.Username;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The demo data set, small, on PostgreSQL: exact sizes, consistent counters, time-ordered ids, determinism. */
class SeedTest {

    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase();

    private static final Instant ANCHOR = Instant.parse("2025-06-01T00:00:00Z");
    private static final SeedPlan SMALL = new SeedPlan(7, 300, 20, 2_000, 5_000, 1_000, ANCHOR);
    private static final PasswordHash HASH = new PasswordHash(
            "$argon2id$v=19$m=19456,t=2,p=1$c2VlZHNlZWRzZWVkc2VlZA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g");
    private static final List<String> TABLES = List.of("accounts", "follows", "posts", "post_mentions", "comments",
            "comment_mentions", "likes");

    private final List<String> progress = new ArrayList<>();

    private SeedResult seed(SeedPlan plan, boolean replace) {
        return new Seeder(DB.database().dataSource(), progress::add).seed(plan, HASH, replace);
    }

    private static long count(String sql) {
        return DB.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
    }

    @Test
    void loads_exactly_the_planned_rows_and_reports_them() {
        SeedResult result = seed(SMALL, false);

        assertThat(count("SELECT count(*) FROM accounts")).isEqualTo(300);
        assertThat(count("SELECT count(*) FROM follows")).isEqualTo(300 * 20);
        assertThat(count("SELECT count(*) FROM posts")).isEqualTo(2_000);
        assertThat(count("SELECT count(*) FROM likes")).isEqualTo(5_000);
        assertThat(count("SELECT count(*) FROM comments")).isEqualTo(1_000);
        assertThat(count("SELECT count(*) FROM post_mentions")).isPositive();
        assertThat(count("SELECT count(*) FROM comment_mentions")).isPositive();
        for (String table : TABLES) {
            assertThat(result.rows().get(table)).as(table).isEqualTo(count("SELECT count(*) FROM " + table));
        }
        assertThat(result.rows().get("home_feed")).isEqualTo(count("SELECT count(*) FROM home_feed")).isPositive();
        List<String> reported = new ArrayList<>(TABLES);
        reported.add("home_feed");
        assertThat(result.rows().keySet()).containsExactlyElementsOf(reported);
        assertThat(progress).anyMatch(line -> line.startsWith("likes")).anyMatch(line -> line.startsWith("vacuum analyze"));
    }

    @Test
    void every_kept_counter_equals_a_recount() {
        seed(SMALL, false);

        assertThat(count("SELECT count(*) FROM accounts a WHERE followers_count <> "
                + "(SELECT count(*) FROM follows f WHERE f.followee_id = a.id AND f.state = 'following') "
                + "OR following_count <> (SELECT count(*) FROM follows f WHERE f.follower_id = a.id AND f.state = 'following') "
                + "OR posts_count <> (SELECT count(*) FROM posts p WHERE p.author_id = a.id)")).isZero();
        assertThat(count("SELECT count(*) FROM posts p WHERE likes_count <> (SELECT count(*) FROM likes l WHERE l.post_id = p.id) "
                + "OR comments_count <> (SELECT count(*) FROM comments c WHERE c.post_id = p.id)")).isZero();
        assertThat(count("SELECT sum(likes_count) FROM posts")).isEqualTo(5_000);
        assertThat(count("SELECT sum(followers_count) FROM accounts")).isEqualTo(300 * 20);
    }

    @Test
    void accounts_are_verified_share_the_given_hash_and_are_numbered() {
        seed(SMALL, false);

        assertThat(count("SELECT count(*) FROM accounts WHERE email_verified_at IS NOT NULL AND NOT is_private "
                + "AND password_hash = '" + HASH.encoded() + "' AND email = username || '@example.com'")).isEqualTo(300);
        List<String> names = DB.jdbi().withHandle(handle -> handle.createQuery("SELECT username FROM accounts ORDER BY id")
                .mapTo(String.class).list());
        assertThat(names).hasSize(300).startsWith("user00000", "user00001").endsWith("user00299");
    }

    @Test
    void each_account_follows_distinct_others_with_skewed_popularity() {
        seed(SMALL, false);

        assertThat(count("SELECT count(*) FROM follows WHERE follower_id = followee_id")).isZero();
        assertThat(count("SELECT count(*) FROM follows WHERE state <> 'following' OR accepted_at IS DISTINCT FROM created_at")).isZero();
        assertThat(count("SELECT count(*) FROM (SELECT follower_id FROM follows GROUP BY follower_id HAVING count(*) <> 20) odd")).isZero();
        assertThat(count("SELECT count(DISTINCT (follower_id, followee_id)) FROM follows")).isEqualTo(300 * 20);
        // Zipf-like: the most followed account has many times the average number of followers (20).
        assertThat(count("SELECT max(followers_count) FROM accounts")).isGreaterThan(100);
        assertThat(count("SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY followers_count) FROM accounts")).isLessThan(20);
    }

    @Test
    void ids_are_version_7_uuids_of_their_created_at_and_sort_like_it() {
        seed(SMALL, false);

        for (String table : List.of("accounts", "follows", "posts", "comments", "likes")) {
            assertThat(count("SELECT count(*) FROM " + table + " WHERE substr(id::text, 15, 1) <> '7' "
                    + "OR ('x' || substr(replace(id::text, '-', ''), 1, 12))::bit(48)::bigint "
                    + "<> (extract(epoch FROM created_at) * 1000)::bigint")).as(table).isZero();
            assertThat(count("SELECT count(*) FROM (SELECT created_at, lag(created_at) OVER (ORDER BY id) AS before FROM "
                    + table + ") t WHERE created_at < before")).as(table).isZero();
        }
        // Posts get strictly increasing ids in creation order, like the server's generator gives.
        assertThat(count("SELECT count(DISTINCT id) FROM posts")).isEqualTo(2_000);
        assertThat(count("SELECT count(*) FROM posts WHERE created_at < TIMESTAMPTZ '2025-05-02T00:00:00Z' "
                + "OR created_at >= TIMESTAMPTZ '2025-06-01T00:00:00Z'")).isZero();
    }

    @Test
    void likes_and_comments_come_after_their_post_and_replies_are_one_level_deep() {
        seed(SMALL, false);

        assertThat(count("SELECT count(*) FROM likes l JOIN posts p ON p.id = l.post_id "
                + "WHERE l.created_at <= p.created_at OR l.account_id = p.author_id")).isZero();
        assertThat(count("SELECT count(*) FROM comments c JOIN posts p ON p.id = c.post_id WHERE c.created_at <= p.created_at")).isZero();
        assertThat(count("SELECT count(*) FROM comments WHERE parent_id IS NOT NULL")).isPositive();
        assertThat(count("SELECT count(*) FROM comments r JOIN comments parent ON parent.id = r.parent_id "
                + "WHERE parent.parent_id IS NOT NULL OR parent.post_id <> r.post_id OR parent.created_at > r.created_at")).isZero();
    }

    @Test
    void mention_rows_match_the_mentions_in_the_text() {
        seed(SMALL, false);

        assertThat(count("SELECT count(*) FROM post_mentions m JOIN posts p ON p.id = m.post_id "
                + "JOIN accounts a ON a.id = m.account_id WHERE p.text NOT LIKE '%@' || a.username || '%'")).isZero();
        assertThat(count("SELECT count(*) FROM posts WHERE text LIKE '%@user%'"))
                .isEqualTo(count("SELECT count(DISTINCT post_id) FROM post_mentions"));
        assertThat(count("SELECT count(*) FROM comment_mentions m JOIN comments c ON c.id = m.comment_id "
                + "JOIN accounts a ON a.id = m.account_id WHERE c.text NOT LIKE '%@' || a.username || '%'")).isZero();
        assertThat(count("SELECT count(*) FROM comments WHERE text LIKE '%@user%'"))
                .isEqualTo(count("SELECT count(DISTINCT comment_id) FROM comment_mentions"));
    }

    @Test
    void the_same_plan_gives_the_same_rows_and_another_seed_does_not() {
        seed(SMALL, false);
        String first = checksum();

        seed(SMALL, true);
        assertThat(checksum()).isEqualTo(first);

        seed(SMALL.withSeed(8), true);
        assertThat(checksum()).isNotEqualTo(first);
        assertThat(count("SELECT count(*) FROM posts")).isEqualTo(2_000);
    }

    private static String checksum() {
        return DB.jdbi().withHandle(handle -> {
            StringBuilder all = new StringBuilder();
            for (String table : TABLES) {
                all.append(handle.createQuery("SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM " + table + " t")
                        .mapTo(String.class).one());
            }
            return all.toString();
        });
    }

    @Test
    void refuses_a_database_that_has_accounts_unless_told_to_replace_them() {
        seed(SMALL, false);
        SeedPlan other = SMALL.withSizes(50, 5, 100, 100, 100);

        assertThatThrownBy(() -> seed(other, false)).isInstanceOfSatisfying(DatabaseNotEmpty.class,
                e -> assertThat(e.accounts()).isEqualTo(300));
        assertThat(count("SELECT count(*) FROM accounts")).isEqualTo(300);
        assertThat(count("SELECT count(*) FROM likes")).isEqualTo(5_000);

        seed(other, true);
        assertThat(count("SELECT count(*) FROM accounts")).isEqualTo(50);
        assertThat(count("SELECT count(*) FROM follows")).isEqualTo(250);
    }

    @Test
    void keeps_the_schema_it_drops_while_loading() {
        String before = schema();

        seed(SMALL, false);

        assertThat(schema()).isEqualTo(before);
    }

    private static String schema() {
        return DB.jdbi().withHandle(handle -> String.join("\n", handle.createQuery(
                        "SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint "
                                + "WHERE connamespace = 'public'::regnamespace UNION ALL "
                                + "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1")
                .mapTo(String.class).list()));
    }

    @Test
    void the_adapters_read_the_seeded_data() {
        seed(SMALL, false);
        PostgresProfileQueries profiles = new PostgresProfileQueries(DB.jdbi());
        PostgresContentQueries content = new PostgresContentQueries(DB.jdbi());

        ProfileView profile = profiles.byUsername(new Username("user00001")).orElseThrow();
        AccountId id = profile.id();
        assertThat(profile.followingCount()).isEqualTo(20);
        assertThat(profile.followersCount()).isEqualTo(count("SELECT count(*) FROM follows WHERE followee_id = '" + id.value() + "'"));
        assertThat(profile.postsCount()).isEqualTo(count("SELECT count(*) FROM posts WHERE author_id = '" + id.value() + "'"));

        Account account = new PostgresAccountRepository(DB.jdbi()).findByUsername(new Username("user00001")).orElseThrow();
        assertThat(account.passwordHash()).isEqualTo(HASH);
        assertThat(account.emailVerified()).isTrue();

        List<PostView> page = content.homeTimeline(Scopes.of(id), Optional.empty(), 20);
        assertThat(page).hasSize(20);
        assertThat(page).extracting(post -> post.id().value()).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(page).extracting(PostView::createdAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
        Set<UUID> authors = Set.copyOf(DB.jdbi().withHandle(handle -> followees(handle, id)));
        assertThat(page).allSatisfy(post -> assertThat(authors).contains(post.author().id().value()));
        Map<UUID, Long> likes = DB.jdbi().withHandle(handle -> handle.createQuery(
                        "SELECT post_id, count(*) AS n FROM likes GROUP BY post_id")
                .reduceRows(new java.util.HashMap<UUID, Long>(), (map, row) -> {
                    map.put(row.getColumn("post_id", UUID.class), row.getColumn("n", Long.class));
                    return map;
                }));
        assertThat(page).allSatisfy(post -> assertThat(post.likesCount()).isEqualTo(likes.getOrDefault(post.id().value(), 0L)));
    }

    @Test
    void the_home_feeds_hold_what_each_timeline_shows_above_the_horizon() {
        seed(SMALL, false);
        UUID horizon = DB.jdbi().withHandle(handle -> handle.createQuery("SELECT post_id FROM home_feed_horizon").mapTo(UUID.class).one());
        String expected = "SELECT f.follower_id, p.id, p.author_id FROM posts p JOIN follows f ON f.followee_id = p.author_id "
                + "AND f.state = 'following' WHERE p.group_id IS NULL AND p.id > '" + horizon + "' "
                + "UNION ALL SELECT p.author_id, p.id, p.author_id FROM posts p WHERE p.group_id IS NULL AND p.id > '" + horizon + "'";
        String feed = "SELECT owner_id, post_id, author_id FROM home_feed";

        assertThat(horizon).isEqualTo(PostgresHomeFeedHorizon.horizonAt(SMALL.anchor().minus(PostgresHomeFeedHorizon.DEFAULT_RETENTION)));
        assertThat(count("SELECT count(*) FROM (((" + expected + ") EXCEPT ALL " + feed + ") UNION ALL ("
                + feed + " EXCEPT ALL (" + expected + "))) difference")).isZero();
        // the same pages, from the feeds and then wholly read on read
        List<AccountId> viewers = DB.jdbi().withHandle(handle -> handle.createQuery("SELECT id FROM accounts ORDER BY id LIMIT 10")
                .map((rs, ctx) -> new AccountId(rs.getObject(1, UUID.class))).list());
        Map<AccountId, List<UUID>> fromFeeds = new java.util.HashMap<>();
        viewers.forEach(viewer -> fromFeeds.put(viewer, allPages(new PostgresContentQueries(DB.jdbi()), viewer)));
        DB.jdbi().useHandle(handle -> handle.execute("UPDATE home_feed_horizon SET post_id = 'ffffffff-ffff-ffff-ffff-ffffffffffff'"));
        for (AccountId viewer : viewers) {
            assertThat(fromFeeds.get(viewer)).as("timeline of %s", viewer).hasSizeGreaterThan(7)
                    .isEqualTo(allPages(new PostgresContentQueries(DB.jdbi()), viewer));
        }
    }

    @Test
    void authors_with_the_given_fan_out_limit_of_followers_or_more_are_read_on_read() {
        int limit = 40;
        new Seeder(DB.database().dataSource(), progress::add, PostgresHomeFeedHorizon.DEFAULT_RETENTION, limit).seed(SMALL, HASH, false);

        assertThat(count("SELECT count(*) FROM accounts WHERE feed_pull_from IS NOT NULL"))
                .isPositive().isLessThan(300)
                .isEqualTo(count("SELECT count(*) FROM accounts WHERE followers_count >= " + limit));
        assertThat(count("SELECT count(*) FROM accounts WHERE feed_pull_from IS NOT NULL AND followers_count < " + limit)).isZero();
        assertThat(count("SELECT count(*) FROM follows f JOIN accounts b ON b.id = f.followee_id "
                + "WHERE f.pull <> (b.feed_pull_from IS NOT NULL)")).isZero();
        assertThat(count("SELECT count(*) FROM home_feed h JOIN accounts b ON b.id = h.author_id "
                + "WHERE b.feed_pull_from IS NOT NULL AND h.owner_id <> h.author_id")).as("pulled posts stay out of others' feeds").isZero();
        assertThat(progress).anyMatch(line -> line.contains("fan-out limit 40 followers"));
        // the timelines of their followers still show their posts, read with them
        List<AccountId> viewers = DB.jdbi().withHandle(handle -> handle.createQuery("SELECT DISTINCT f.follower_id FROM follows f "
                        + "JOIN accounts b ON b.id = f.followee_id AND b.feed_pull_from IS NOT NULL ORDER BY 1 LIMIT 5")
                .map((rs, ctx) -> new AccountId(rs.getObject(1, UUID.class))).list());
        assertThat(viewers).hasSize(5);
        for (AccountId viewer : viewers) {
            List<UUID> expected = DB.jdbi().withHandle(handle -> handle.createQuery("SELECT p.id FROM posts p "
                            + "WHERE p.group_id IS NULL AND (p.author_id = :viewer OR p.author_id IN "
                            + "(SELECT followee_id FROM follows WHERE follower_id = :viewer AND state = 'following')) ORDER BY p.id DESC")
                    .bind("viewer", viewer.value()).mapTo(UUID.class).list());
            assertThat(allPages(new PostgresContentQueries(DB.jdbi()), viewer)).as("timeline of %s", viewer).isEqualTo(expected);
        }
    }

    private static List<UUID> allPages(PostgresContentQueries content, AccountId viewer) {
        List<UUID> ids = new ArrayList<>();
        Optional<PostId> before = Optional.empty();
        while (true) {
            List<PostView> page = content.homeTimeline(Scopes.of(viewer), before, 7);
            page.forEach(post -> ids.add(post.id().value()));
            if (page.size() < 7) {
                return ids;
            }
            before = Optional.of(page.get(page.size() - 1).id());
        }
    }

    private static List<UUID> followees(Handle handle, AccountId id) {
        List<UUID> authors = new ArrayList<>(handle.createQuery("SELECT followee_id FROM follows WHERE follower_id = :id")
                .bind("id", id.value()).mapTo(UUID.class).list());
        authors.add(id.value());
        return authors;
    }
}
