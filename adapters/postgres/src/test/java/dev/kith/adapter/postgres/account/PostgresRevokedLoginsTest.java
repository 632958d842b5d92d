package dev.kith.adapter.postgres.account;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.shared.JdbiTransactor;
import dev.kith.application.account.port.RevokedLogins;
import dev.kith.application.account.port.RevokedLoginsContract;
import dev.kith.application.shared.port.Transactor;
import dev.kith.application.testing.MutableClock;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.LoginSessionId;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresRevokedLoginsTest extends RevokedLoginsContract {

    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase();

    private PostgresRevokedLogins revokedLogins;

    @Override
    protected RevokedLogins revokedLogins() {
        if (revokedLogins == null) {
            revokedLogins = new PostgresRevokedLogins(DB.jdbi());
        }
        return revokedLogins;
    }

    @Override
    protected Transactor transactor() {
        return new JdbiTransactor(DB.jdbi());
    }

    @Test
    void another_node_learns_a_revocation_at_its_next_poll() {
        PostgresRevokedLogins here = new PostgresRevokedLogins(DB.jdbi());
        PostgresRevokedLogins elsewhere = new PostgresRevokedLogins(DB.jdbi());
        AccountId alice = new AccountId(uuid());
        AccountId bob = new AccountId(uuid());
        LoginSessionId phone = new LoginSessionId(uuid());
        LoginSessionId bobsPhone = new LoginSessionId(uuid());

        transactor().run(() -> {
            here.revokeLogin(alice, phone, T0);
            here.revokeAccount(bob, T0);
        });

        assertThat(here.isRevoked(alice, phone)).isTrue();
        assertThat(elsewhere.isRevoked(alice, phone)).isFalse();
        elsewhere.refresh();
        assertThat(elsewhere.isRevoked(alice, phone)).isTrue();
        assertThat(elsewhere.isRevoked(bob, bobsPhone)).isTrue();
        // a node started afterwards reads what is recent
        assertThat(new PostgresRevokedLogins(DB.jdbi()).isRevoked(alice, phone)).isTrue();
    }

    @Test
    void a_revocation_committed_after_a_poll_that_could_not_see_it_is_read_by_the_next() throws Exception {
        PostgresRevokedLogins elsewhere = new PostgresRevokedLogins(DB.jdbi());
        AccountId alice = new AccountId(uuid());
        LoginSessionId phone = new LoginSessionId(uuid());
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch polled = new CountDownLatch(1);
        Thread slow = new Thread(() -> transactor().run(() -> {
            new PostgresRevokedLogins(DB.jdbi()).revokeLogin(alice, phone, T0);
            inserted.countDown();
            await(polled);
        }));
        slow.start();
        assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();

        // the row exists but is not committed: this poll can't see it, yet moves on past its time
        transactor().run(() -> new PostgresRevokedLogins(DB.jdbi()).revokeLogin(new AccountId(uuid()), new LoginSessionId(uuid()), T0));
        elsewhere.refresh();
        assertThat(elsewhere.isRevoked(alice, phone)).isFalse();
        polled.countDown();
        slow.join(10_000);

        elsewhere.refresh();
        assertThat(elsewhere.isRevoked(alice, phone)).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void a_node_forgets_what_it_learned_once_no_token_it_could_stop_lives() {
        MutableClock clock = new MutableClock(Instant.parse("2026-12-02T12:00:00Z"));
        PostgresRevokedLogins node = new PostgresRevokedLogins(DB.jdbi(), clock);
        AccountId alice = new AccountId(uuid());
        LoginSessionId phone = new LoginSessionId(uuid());
        transactor().run(() -> node.revokeLogin(alice, phone, T0));

        clock.advance(PostgresRevokedLogins.HORIZON.minusMinutes(1));
        node.refresh();
        assertThat(node.isRevoked(alice, phone)).isTrue();

        clock.advance(Duration.ofMinutes(2));
        node.refresh();
        assertThat(node.isRevoked(alice, phone)).isFalse();
    }
}
