package dev.kith.adapter.postgres.graph;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.account;
import static dev.kith.application.account.port.AccountFixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.SocialAdapters;
import dev.kith.domain.account.Account;
import dev.kith.domain.graph.FollowId;
import dev.kith.domain.graph.FollowState;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two accounts following and unfollowing each other at the same moment update the same two counter rows;
 * no caller may see an error and the counters must stay exact.
 */
class MutualFollowRaceTest {

    private static final int ROUNDS = 60;

    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase(4);

    @Test
    void accounts_following_each_other_at_once_never_fail_and_stay_counted() throws Exception {
        SocialAdapters db = SocialAdapters.on(DB.jdbi());
        Account a = account();
        Account b = account();
        db.transactor().run(() -> {
            db.accounts().add(a);
            db.accounts().add(b);
        });
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Void>> racers = pool.invokeAll(List.of(racer(db, a, b, together), racer(db, b, a, together)));
            for (Future<Void> racer : racers) {
                racer.get();
            }
        } finally {
            pool.shutdownNow();
        }

        for (Account account : List.of(a, b)) {
            var profile = db.profiles().byUsername(account.username()).orElseThrow();
            assertThat(profile.followersCount()).isEqualTo(1);
            assertThat(profile.followingCount()).isEqualTo(1);
        }
    }

    private static Callable<Void> racer(SocialAdapters db, Account follower, Account followee, CyclicBarrier together) {
        return () -> {
            for (int round = 0; round < ROUNDS; round++) {
                together.await();
                db.transactor().run(() -> db.follows().add(new FollowId(uuid()), follower.id(), followee.id(), FollowState.FOLLOWING, T0));
                together.await();
                if (round < ROUNDS - 1) {
                    db.transactor().run(() -> db.follows().remove(follower.id(), followee.id()));
                }
            }
            return null;
        };
    }
}
