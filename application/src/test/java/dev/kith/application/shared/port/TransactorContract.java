package dev.kith.application.shared.port;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.account;
import static dev.kith.application.account.port.AccountFixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.application.account.port.AccountRepository;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.PasswordHash;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link Transactor} does, observed through the repositories it coordinates; extend it per adapter. */
public abstract class TransactorContract {

    protected abstract Transactor transactor();

    protected abstract AccountRepository accounts();

    protected abstract Outbox outbox();

    @Test
    void commits_every_write_of_a_unit_together() {
        Account account = account();
        String result = transactor().inTransaction(() -> {
            accounts().add(account);
            outbox().enqueue(OutboxMessage.of(new OutboxMessageId(uuid()), "test", Map.of("k", "v"), T0));
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(accounts().findById(account.id())).isPresent();
        assertThat(outbox().claimDue(T0, Duration.ofMinutes(1), 100))
                .anySatisfy(message -> assertThat(message.payload()).containsEntry("k", "v"));
    }

    @Test
    void rolls_back_every_write_of_a_failed_unit() {
        Account existing = account();
        transactor().run(() -> accounts().add(existing));
        Account added = account();
        long pendingBefore = outbox().pending();

        assertThatThrownBy(() -> transactor().run(() -> {
            accounts().add(added);
            accounts().update(existing.withPasswordHash(new PasswordHash("$test$changed")));
            outbox().enqueue(OutboxMessage.of(new OutboxMessageId(uuid()), "test", Map.of(), T0));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class).hasMessage("boom");

        assertThat(accounts().findById(added.id())).isEmpty();
        assertThat(accounts().findById(existing.id()).orElseThrow().passwordHash()).isEqualTo(existing.passwordHash());
        assertThat(outbox().pending()).isEqualTo(pendingBefore);
    }

    @Test
    void a_nested_unit_joins_the_outer_one() {
        Account inner = account();

        assertThatThrownBy(() -> transactor().run(() -> {
            transactor().run(() -> accounts().add(inner));
            assertThat(accounts().findById(inner.id())).isPresent();
            throw new IllegalStateException("outer fails after inner finished");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(accounts().findById(inner.id())).isEmpty();
    }

    @Test
    void a_failed_unit_leaves_the_transactor_usable() {
        assertThatThrownBy(() -> transactor().run(() -> {
            throw new IllegalArgumentException("first");
        })).isInstanceOf(IllegalArgumentException.class);
        Account account = account();

        transactor().run(() -> accounts().add(account));

        assertThat(accounts().findById(account.id())).isPresent();
    }
}
