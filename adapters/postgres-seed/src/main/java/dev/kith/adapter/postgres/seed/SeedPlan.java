package dev.kith.adapter.postgres.seed;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What {@link Seeder} loads: the seed of every random choice, the sizes, and the instant the data set ends at
 * (posts fall in the 30 days before it). The same plan always gives the same rows, byte for byte.
 *
 * @param seed              the seed of every random choice
 * @param accounts          accounts {@code user00000} … (at least 2)
 * @param followsPerAccount how many others each account follows (less than {@code accounts})
 * @param posts             posts, spread over the 30 days before {@code anchor}
 * @param likes             likes, at most one per account and post
 * @param comments          comments, some of them replies (one level deep)
 * @param anchor            the end of the data set's time span; milliseconds are dropped
 */
public record SeedPlan(long seed, int accounts, int followsPerAccount, int posts, int likes, int comments,
                       Instant anchor) {

    /** The seed of the default data set. */
    public static final long DEFAULT_SEED = 42;

    /** How far back posts go from the anchor. */
    public static final Duration POST_SPAN = Duration.ofDays(30);

    public SeedPlan {
        Objects.requireNonNull(anchor, "anchor");
        anchor = anchor.truncatedTo(ChronoUnit.MILLIS);
        if (accounts < 2) {
            throw new IllegalArgumentException("accounts must be at least 2: " + accounts);
        }
        if (followsPerAccount < 0 || followsPerAccount >= accounts) {
            throw new IllegalArgumentException("followsPerAccount must be between 0 and accounts - 1: " + followsPerAccount);
        }
        if (posts < 0 || comments < 0 || likes < 0) {
            throw new IllegalArgumentException("posts, likes and comments must not be negative");
        }
        if (comments > 0 && posts == 0 || likes > 0 && posts == 0) {
            throw new IllegalArgumentException("likes and comments need posts");
        }
        // Each post can be liked by everyone but its author; half of that keeps the draws of likers quick.
        if ((long) likes > (long) posts * (accounts - 1) / 2) {
            throw new IllegalArgumentException("likes must be at most posts * (accounts - 1) / 2: " + likes);
        }
        if (accounts > 9_999_999) {
            throw new IllegalArgumentException("accounts must be at most 9,999,999 (usernames have 30 characters at most)");
        }
    }

    /**
     * The data set of the benchmarks: 10,000 accounts following 100 others each, 200,000 posts,
     * 1,000,000 likes and 100,000 comments, from seed {@value #DEFAULT_SEED}.
     */
    public static SeedPlan defaults(Instant anchor) {
        return new SeedPlan(DEFAULT_SEED, 10_000, 100, 200_000, 1_000_000, 100_000, anchor);
    }

    /** Follows in all: {@code accounts * followsPerAccount}. */
    public long follows() {
        return (long) accounts * followsPerAccount;
    }

    /** The username of account {@code account} (0-based): {@code user00000}, or wider for over 100,000 accounts. */
    public String username(int account) {
        if (account < 0 || account >= accounts) {
            throw new IllegalArgumentException("no account " + account + " in a plan of " + accounts);
        }
        return String.format("user%0" + Math.max(5, String.valueOf(accounts - 1).length()) + "d", account);
    }

    /** This plan with another seed. */
    public SeedPlan withSeed(long newSeed) {
        return new SeedPlan(newSeed, accounts, followsPerAccount, posts, likes, comments, anchor);
    }

    /** This plan with other sizes. */
    public SeedPlan withSizes(int newAccounts, int newFollowsPerAccount, int newPosts, int newLikes, int newComments) {
        return new SeedPlan(seed, newAccounts, newFollowsPerAccount, newPosts, newLikes, newComments, anchor);
    }
}
