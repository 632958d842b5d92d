package dev.kith.adapter.postgres.seed;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The demo data set of a {@link SeedPlan}, generated row by row into {@link CopyStream}s. Only what many
 * tables share is held in memory (ids, authors and per-post counts: primitive arrays, a few MB for the
 * default plan); rows are made on the fly, and a table that depends on another's random choices (mentions)
 * regenerates them from the same per-row stream instead of remembering them.
 *
 * <p>Ids are version 7 UUIDs built from each row's {@code created_at}, so ids sort like timestamps. Posts
 * and a post's comments get strictly increasing ids in creation order, as the server's generator gives.
 */
final class DemoData {

    private static final long DAY = 86_400_000L;
    // Accounts are created 400 to 100 days before the anchor, in username order; follows 90 to 30 days before.
    private static final long ACCOUNTS_FROM = 400 * DAY;
    private static final long ACCOUNTS_SPAN = 300 * DAY;
    private static final long FOLLOWS_FROM = 90 * DAY;
    private static final long FOLLOWS_SPAN = 60 * DAY;
    // Skew of who gets followed (Zipf, s = 1) and, milder, of who posts.
    private static final double FOLLOW_SKEW = 1.0;
    private static final double AUTHOR_SKEW = 0.5;
    private static final int MENTIONING_POSTS_PERCENT = 25;
    private static final int REPLY_PERCENT = 30;

    private final SeedPlan plan;
    private final Draws draws;
    private final long anchor;
    private final String[] usernames;
    private final long[] accountHigh;
    private final long[] accountLow;
    private final Popularity followed;
    private final long[] postHigh;
    private final long[] postLow;
    private final int[] postAuthor;
    private final int[] likesOf;
    private final int[] commentsOf;
    // marks[x] == stamp: account x is taken in the current draw of distinct accounts.
    private final int[] marks;
    private int stamp;

    DemoData(SeedPlan plan) {
        this.plan = plan;
        this.draws = new Draws(plan.seed());
        this.anchor = plan.anchor().toEpochMilli();
        int n = plan.accounts();
        this.usernames = new String[n];
        this.accountHigh = new long[n];
        this.accountLow = new long[n];
        for (int a = 0; a < n; a++) {
            usernames[a] = plan.username(a);
            SplittableRandom random = draws.of(Draws.ACCOUNT_IDS, a);
            accountHigh[a] = Draws.uuidV7High(accountCreated(a), random.nextInt(4096));
            accountLow[a] = Draws.uuidLow(random);
        }
        this.followed = new Popularity(n, FOLLOW_SKEW, draws.of(Draws.FOLLOW_RANKS, 0));
        Popularity active = new Popularity(n, AUTHOR_SKEW, draws.of(Draws.AUTHOR_RANKS, 0));
        int p = plan.posts();
        this.postHigh = postIds(p);
        this.postLow = new long[p];
        this.postAuthor = new int[p];
        for (int i = 0; i < p; i++) {
            SplittableRandom random = draws.of(Draws.AUTHORS, i);
            postAuthor[i] = active.draw(random);
            postLow[i] = Draws.uuidLow(random);
        }
        SplittableRandom engagement = draws.of(Draws.ENGAGEMENT, 0);
        double[] weights = engagementWeights();
        this.likesOf = spread(plan.likes(), weights, n - 1, engagement);
        this.commentsOf = spread(plan.comments(), weights, Integer.MAX_VALUE, engagement);
        this.marks = new int[n];
    }

    String username(int account) {
        return usernames[account];
    }

    private long accountCreated(int account) {
        return anchor - ACCOUNTS_FROM + ACCOUNTS_SPAN * account / plan.accounts();
    }

    /** Post ids in creation order: sorted uniform times in the span, a counter within a millisecond. */
    private long[] postIds(int posts) {
        SplittableRandom random = draws.of(Draws.POST_TIMES, 0);
        long from = anchor - SeedPlan.POST_SPAN.toMillis();
        long[] times = new long[posts];
        for (int i = 0; i < posts; i++) {
            times[i] = from + random.nextLong(SeedPlan.POST_SPAN.toMillis() - 1000);
        }
        Arrays.sort(times);
        long[] ids = new long[posts];
        long lastMillis = Long.MIN_VALUE;
        int counter = 0;
        for (int i = 0; i < posts; i++) {
            long millis = Math.max(times[i], lastMillis);
            if (millis == lastMillis) {
                counter++;
                if (counter > 0xFFF) {
                    millis++;
                    counter = random.nextInt(2048);
                }
            } else {
                counter = random.nextInt(2048);
            }
            lastMillis = millis;
            ids[i] = Draws.uuidV7High(millis, counter);
        }
        return ids;
    }

    /** Cumulative weights of the posts: posts by much-followed authors draw more likes and comments. */
    private double[] engagementWeights() {
        double[] cumulative = new double[plan.posts()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += 1 / Math.sqrt(followed.rank(postAuthor[i]) + 1.0);
            cumulative[i] = sum;
        }
        return cumulative;
    }

    /** Deals {@code total} units to posts by weight, at most {@code cap} each (a full post passes to the next). */
    private static int[] spread(int total, double[] cumulative, int cap, SplittableRandom random) {
        int[] counts = new int[cumulative.length];
        if (cumulative.length == 0) {
            return counts;
        }
        double sum = cumulative[cumulative.length - 1];
        for (int unit = 0; unit < total; unit++) {
            int post = Arrays.binarySearch(cumulative, random.nextDouble() * sum);
            post = post >= 0 ? Math.min(post + 1, cumulative.length - 1) : -post - 1;
            while (counts[post] >= cap) {
                post = (post + 1) % counts.length;
            }
            counts[post]++;
        }
        return counts;
    }

    private int freshMarks() {
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(marks, 0);
            stamp = 1;
        }
        return stamp;
    }

    private CopyStream account(CopyStream out, int a) {
        return out.uuid(accountHigh[a], accountLow[a]);
    }

    private CopyStream post(CopyStream out, int i) {
        return out.uuid(postHigh[i], postLow[i]);
    }

    static final String ACCOUNT_COLUMNS = "id, username, email, password_hash, email_verified_at, display_name, bio, "
            + "is_private, created_at";

    void writeAccounts(CopyStream out, String passwordHash) throws SQLException {
        for (int a = 0; a < plan.accounts(); a++) {
            SplittableRandom random = draws.of(Draws.ACCOUNTS, a);
            String username = username(a);
            long created = accountCreated(a);
            account(out, a).text(username).text(username + "@example.com").text(passwordHash)
                    .timestamp(created + 10 * 60_000);
            if (random.nextInt(10) < 9) {
                out.text(Texts.displayName(random));
            } else {
                out.nul();
            }
            if (random.nextBoolean()) {
                out.text(Texts.bio(random));
            } else {
                out.nul();
            }
            out.bool(false).timestamp(created).endRow();
        }
    }

    static final String FOLLOW_COLUMNS = "id, follower_id, followee_id, state, created_at, accepted_at";

    /** Each account follows {@code followsPerAccount} others, drawn by popularity; never itself, never twice. */
    void writeFollows(CopyStream out) throws SQLException {
        int n = plan.accounts();
        int wanted = plan.followsPerAccount();
        for (int follower = 0; follower < n; follower++) {
            SplittableRandom random = draws.of(Draws.FOLLOWS, follower);
            int taken = freshMarks();
            marks[follower] = taken;
            long attempts = 0;
            for (int made = 0; made < wanted; attempts++) {
                // Popularity first; should the popular accounts be used up (tiny plans), uniform draws finish the job.
                int followee = attempts < 50L * wanted ? followed.draw(random) : random.nextInt(n);
                if (marks[followee] == taken) {
                    continue;
                }
                marks[followee] = taken;
                made++;
                long created = anchor - FOLLOWS_FROM + random.nextLong(FOLLOWS_SPAN);
                out.uuid(Draws.uuidV7High(created, random.nextInt(4096)), Draws.uuidLow(random));
                account(out, follower);
                account(out, followee).text("following").timestamp(created).timestamp(created).endRow();
            }
        }
    }

    static final String POST_COLUMNS = "id, author_id, text, created_at";

    void writePosts(CopyStream out) throws SQLException {
        int[] mentions = new int[2];
        for (int i = 0; i < plan.posts(); i++) {
            String text = postText(i, mentions);
            post(out, i);
            account(out, postAuthor[i]).text(text).timestamp(Draws.millisOf(postHigh[i])).endRow();
        }
    }

    static final String POST_MENTION_COLUMNS = "post_id, account_id";

    void writePostMentions(CopyStream out) throws SQLException {
        int[] mentions = new int[2];
        for (int i = 0; i < plan.posts(); i++) {
            Arrays.fill(mentions, -1);
            postText(i, mentions);
            for (int mentioned : mentions) {
                if (mentioned >= 0) {
                    post(out, i);
                    account(out, mentioned).endRow();
                }
            }
        }
    }

    /** The text of post {@code i}; the accounts it mentions go to {@code mentions} (-1 for none). */
    private String postText(int i, int[] mentions) {
        SplittableRandom random = draws.of(Draws.POSTS, i);
        Arrays.fill(mentions, -1);
        int count = random.nextInt(100) < MENTIONING_POSTS_PERCENT ? 1 + (random.nextInt(4) == 0 ? 1 : 0) : 0;
        int author = postAuthor[i];
        for (int m = 0, attempts = 0; m < count && attempts < 20; attempts++) {
            int candidate = followed.draw(random);
            if (candidate != author && candidate != mentions[0]) {
                mentions[m++] = candidate;
            }
        }
        String[] names = new String[mentions[0] < 0 ? 0 : mentions[1] < 0 ? 1 : 2];
        for (int m = 0; m < names.length; m++) {
            names[m] = username(mentions[m]);
        }
        return Texts.post(random, names);
    }

    static final String LIKE_COLUMNS = "id, post_id, account_id, created_at";

    /** Each post's likes, by distinct accounts other than its author, after the post and before the anchor. */
    void writeLikes(CopyStream out) throws SQLException {
        int n = plan.accounts();
        for (int i = 0; i < plan.posts(); i++) {
            if (likesOf[i] == 0) {
                continue;
            }
            SplittableRandom random = draws.of(Draws.LIKES, i);
            int taken = freshMarks();
            marks[postAuthor[i]] = taken;
            long posted = Draws.millisOf(postHigh[i]);
            for (int l = 0; l < likesOf[i]; l++) {
                int liker = random.nextInt(n);
                while (marks[liker] == taken) {
                    liker = random.nextInt(n);
                }
                marks[liker] = taken;
                long created = after(posted, random);
                out.uuid(Draws.uuidV7High(created, random.nextInt(4096)), Draws.uuidLow(random));
                post(out, i);
                account(out, liker).timestamp(created).endRow();
            }
        }
    }

    // Soon after the post more often than late: the delay is the remaining time times u^3.
    private long after(long posted, SplittableRandom random) {
        double u = random.nextDouble();
        return posted + 1 + (long) ((anchor - posted - 1) * u * u * u);
    }

    static final String COMMENT_COLUMNS = "id, post_id, parent_id, author_id, text, created_at";

    void writeComments(CopyStream out) throws SQLException {
        forEachComment((post, high, low, parentHigh, parentLow, author, text, created, mentioned) -> {
            out.uuid(high, low);
            post(out, post);
            if (parentHigh == 0) {
                out.nul();
            } else {
                out.uuid(parentHigh, parentLow);
            }
            account(out, author).text(text).timestamp(created).endRow();
        });
    }

    static final String COMMENT_MENTION_COLUMNS = "comment_id, account_id";

    void writeCommentMentions(CopyStream out) throws SQLException {
        forEachComment((post, high, low, parentHigh, parentLow, author, text, created, mentioned) -> {
            if (mentioned >= 0) {
                out.uuid(high, low);
                account(out, mentioned).endRow();
            }
        });
    }

    /** A comment as {@link #forEachComment} makes it; {@code parentHigh} is 0 for a top-level comment. */
    @FunctionalInterface
    private interface CommentSink {
        void accept(int post, long high, long low, long parentHigh, long parentLow, int author, String text, long created,
                    int mentioned) throws SQLException;
    }

    /**
     * Every post's comments in order: times after the post, ids increasing. Once a post has a top-level
     * comment, three in ten of the next are replies to one of them (one level; about 9 % of all comments in
     * the default plan, where most commented posts have one comment), written half the time by the post's
     * author and mostly addressed to the parent's author.
     */
    private void forEachComment(CommentSink sink) throws SQLException {
        int n = plan.accounts();
        long[] times = new long[16];
        long[] topHigh = new long[16];
        long[] topLow = new long[16];
        int[] topAuthor = new int[16];
        for (int i = 0; i < plan.posts(); i++) {
            int count = commentsOf[i];
            if (count == 0) {
                continue;
            }
            if (times.length < count) {
                int size = Math.max(count, 2 * times.length);
                times = new long[size];
                topHigh = new long[size];
                topLow = new long[size];
                topAuthor = new int[size];
            }
            SplittableRandom random = draws.of(Draws.COMMENTS, i);
            long posted = Draws.millisOf(postHigh[i]);
            for (int c = 0; c < count; c++) {
                times[c] = after(posted, random);
            }
            Arrays.sort(times, 0, count);
            int tops = 0;
            long lastMillis = Long.MIN_VALUE;
            int counter = 0;
            for (int c = 0; c < count; c++) {
                long millis = Math.max(times[c], lastMillis);
                counter = millis == lastMillis ? counter + 1 : random.nextInt(2048);
                if (counter > 0xFFF) {
                    millis++;
                    counter = random.nextInt(2048);
                }
                lastMillis = millis;
                long high = Draws.uuidV7High(millis, counter);
                long low = Draws.uuidLow(random);
                if (tops > 0 && random.nextInt(100) < REPLY_PERCENT) {
                    int parent = random.nextInt(tops);
                    int author = random.nextBoolean() ? postAuthor[i] : random.nextInt(n);
                    int mentioned = topAuthor[parent] != author && random.nextInt(10) < 7 ? topAuthor[parent] : -1;
                    String text = Texts.reply(random, mentioned < 0 ? null : username(mentioned));
                    sink.accept(i, high, low, topHigh[parent], topLow[parent], author, text, millis, mentioned);
                } else {
                    int author = random.nextInt(n);
                    int mentioned = -1;
                    if (random.nextInt(20) == 0) {
                        int candidate = followed.draw(random);
                        mentioned = candidate == author ? -1 : candidate;
                    }
                    String text = Texts.comment(random, mentioned < 0 ? null : username(mentioned));
                    sink.accept(i, high, low, 0, 0, author, text, millis, mentioned);
                    topHigh[tops] = high;
                    topLow[tops] = low;
                    topAuthor[tops] = author;
                    tops++;
                }
            }
        }
    }
}
