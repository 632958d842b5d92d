package dev.kith.adapter.postgres.account;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.shared.JdbiTransactor;
import dev.kith.application.account.port.AccountFixtures;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.account.port.OneTimeTokenRepository;
import dev.kith.application.account.port.OneTimeTokenRepositoryContract;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.OneTimeToken;
import dev.kith.domain.account.Secret;
import dev.kith.domain.account.TokenPurpose;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresOneTimeTokenRepositoryTest extends OneTimeTokenRepositoryContract {

    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase(6);

    @Override
    protected OneTimeTokenRepository tokens() {
        return new PostgresOneTimeTokenRepository(DB.jdbi());
    }

    @Override
    protected AccountRepository accounts() {
        return new PostgresAccountRepository(DB.jdbi());
    }

    @Override
    protected Transactor transactor() {
        return new JdbiTransactor(DB.jdbi());
    }

    @Test
    void a_token_of_an_account_erased_a_moment_ago_is_account_not_found_not_a_driver_exception() {
        OneTimeToken orphan = OneTimeToken.issue(Secret.generated("orphan_" + "o".repeat(40)),
                new AccountId(AccountFixtures.uuid()), TokenPurpose.EMAIL_VERIFICATION, T0);

        assertThatThrownBy(() -> transactor().run(() -> tokens().add(orphan)))
                .isExactlyInstanceOf(AccountErrors.AccountNotFound.class);
    }

    @Test
    void of_racing_redemptions_exactly_one_uses_the_token() throws Exception {
        Account owner = account();
        transactor().run(() -> accounts().add(owner));
        OneTimeToken token = OneTimeToken.issue(Secret.generated("race_" + "r".repeat(40)), owner.id(), TokenPurpose.PASSWORD_RESET, T0);
        transactor().run(() -> tokens().add(token));
        int racers = 4;
        CountDownLatch start = new CountDownLatch(1);
        Callable<Boolean> redeem = () -> {
            start.await();
            return transactor().inTransaction(() -> tokens().markUsed(token.hash(), T0.plusSeconds(1)));
        };
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Boolean> results = new ArrayList<>();
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                futures.add(pool.submit(redeem));
            }
            start.countDown();
            for (Future<Boolean> future : futures) {
                results.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(results).containsOnlyOnce(true);
    }
}
