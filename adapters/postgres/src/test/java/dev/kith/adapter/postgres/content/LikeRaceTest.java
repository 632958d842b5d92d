package dev.kith.adapter.postgres.content;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.account;
import static dev.kith.application.content.port.ContentFixtures.likeId;
import static dev.kith.application.content.port.ContentFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.SocialAdapters;
import dev.kith.domain.account.Account;
import dev.kith.domain.content.Post;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Races 16 threads liking and unliking one post for the same 50 accounts through the real transactor and
 * repository, then checks that the kept count equals the rows, the net of what the calls reported, and
 * the expected end state.
 */
class LikeRaceTest {

    private static final int THREADS = 16;
    private static final int ACCOUNTS = 50;
    private static final int ROUNDS = 4;
    private static final int LIKED_AT_THE_END = 35;

    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase(THREADS);

    @Test
    void the_like_count_stays_exact_when_many_threads_like_and_unlike_one_post() throws Exception {
        SocialAdapters db = SocialAdapters.on(DB.jdbi());
        Account author = account();
        Post post = post(author.id());
        List<Account> fans = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            fans.add(account());
        }
        db.transactor().run(() -> {
            db.accounts().add(author);
            fans.forEach(db.accounts()::add);
            db.posts().add(post);
        });

        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long net = 0;
        try {
            List<Callable<Long>> racers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Random random = new Random(t);
                racers.add(() -> {
                    long changed = 0;
                    List<Account> order = new ArrayList<>(fans);
                    start.await();
                    for (int round = 0; round < ROUNDS; round++) {
                        Collections.shuffle(order, random);
                        for (Account fan : order) {
                            if (random.nextBoolean()) {
                                changed += db.transactor().inTransaction(() -> db.likes().add(likeId(), post.id(), fan.id(), T0)) ? 1 : 0;
                            } else {
                                changed -= db.transactor().inTransaction(() -> db.likes().remove(post.id(), fan.id())) ? 1 : 0;
                            }
                        }
                    }
                    // Every thread ends the same way, so the end state is known whatever the interleaving.
                    for (int i = 0; i < ACCOUNTS; i++) {
                        Account fan = order.get(i);
                        boolean keep = fans.indexOf(fan) < LIKED_AT_THE_END;
                        if (keep) {
                            changed += db.transactor().inTransaction(() -> db.likes().add(likeId(), post.id(), fan.id(), T0)) ? 1 : 0;
                        } else {
                            changed -= db.transactor().inTransaction(() -> db.likes().remove(post.id(), fan.id())) ? 1 : 0;
                        }
                    }
                    return changed;
                });
            }
            for (Future<Long> racer : pool.invokeAll(racers)) {
                net += racer.get();
            }
        } finally {
            pool.shutdownNow();
        }

        long rows = DB.jdbi().withHandle(handle -> handle.createQuery("SELECT count(*) FROM likes WHERE post_id = :post")
                .bind("post", post.id().value()).mapTo(Long.class).one());
        long kept = db.content().post(post.id(), author.id()).orElseThrow().likesCount();
        assertThat(rows).isEqualTo(LIKED_AT_THE_END);
        assertThat(kept).isEqualTo(rows);
        assertThat(net).as("likes reported new minus likes reported removed").isEqualTo(rows);
    }
}
