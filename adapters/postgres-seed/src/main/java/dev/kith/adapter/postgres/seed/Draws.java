package dev.kith.adapter.postgres.seed;

import java.util.SplittableRandom;

/**
 * Independent random streams derived from the plan's seed: one per table and row (or per post), so that a
 * row can be generated again, identically, without replaying everything before it.
 */
final class Draws {

    static final int ACCOUNT_IDS = 1;
    static final int ACCOUNTS = 2;
    static final int FOLLOW_RANKS = 3;
    static final int AUTHOR_RANKS = 4;
    static final int FOLLOWS = 5;
    static final int POST_TIMES = 6;
    static final int AUTHORS = 7;
    static final int POSTS = 8;
    static final int ENGAGEMENT = 9;
    static final int LIKES = 10;
    static final int COMMENTS = 11;

    private final long seed;

    Draws(long seed) {
        this.seed = seed;
    }

    /** The stream of {@code purpose} for row {@code index}. */
    SplittableRandom of(int purpose, long index) {
        return new SplittableRandom(mix(mix(seed ^ 0x9E3779B97F4A7C15L * purpose) + index));
    }

    // SplitMix64's finalizer: neighbouring inputs give unrelated outputs.
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The most significant half of a version 7 UUID: 48-bit Unix milliseconds, version, 12 bits {@code randA}. */
    static long uuidV7High(long millis, int randA) {
        return (millis << 16) | 0x7000L | (randA & 0xFFFL);
    }

    /** The least significant half of a UUID of the RFC 9562 variant: the variant bits and 62 random bits. */
    static long uuidLow(SplittableRandom random) {
        return (random.nextLong() >>> 2) | Long.MIN_VALUE;
    }

    /** The milliseconds of a version 7 UUID's high half. */
    static long millisOf(long high) {
        return high >>> 16;
    }
}
