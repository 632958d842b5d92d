package dev.kith.adapter.postgres.seed;

import java.util.SplittableRandom;

/**
 * A Zipf-like distribution over accounts: the account of rank r (1 = the most popular) is drawn with a
 * probability proportional to r^-exponent. Ranks are a seeded permutation of the accounts, so popularity
 * does not follow the usernames' order.
 */
final class Popularity {

    private final int[] accountAtRank;
    private final int[] rankOf;
    private final double[] cumulative;

    Popularity(int accounts, double exponent, SplittableRandom permutation) {
        accountAtRank = new int[accounts];
        for (int i = 0; i < accounts; i++) {
            accountAtRank[i] = i;
        }
        for (int i = accounts - 1; i > 0; i--) {
            int j = permutation.nextInt(i + 1);
            int swap = accountAtRank[i];
            accountAtRank[i] = accountAtRank[j];
            accountAtRank[j] = swap;
        }
        rankOf = new int[accounts];
        cumulative = new double[accounts];
        double sum = 0;
        for (int rank = 0; rank < accounts; rank++) {
            rankOf[accountAtRank[rank]] = rank;
            sum += Math.pow(rank + 1, -exponent);
            cumulative[rank] = sum;
        }
    }

    /** An account, drawn by popularity. */
    int draw(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] <= target) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return accountAtRank[low];
    }

    /** The rank of {@code account}, 0 for the most popular. */
    int rank(int account) {
        return rankOf[account];
    }
}
