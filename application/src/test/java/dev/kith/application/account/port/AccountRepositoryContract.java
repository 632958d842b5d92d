package dev.kith.application.account.port;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.EmailAddress;
import dev.kith.domain.account.PasswordHash;
import dev.kith.domain.account.Profile;
import dev.kith.domain.account.Username;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link AccountRepository} does; extend it for each adapter. */
public abstract class AccountRepositoryContract {

    protected abstract AccountRepository accounts();

    protected abstract Transactor transactor();

    @Test
    void finds_a_stored_account_by_id_username_and_email_in_any_case() {
        Account account = account("Mixed_Case", "Mixed.Case@Example.com");
        transactor().run(() -> accounts().add(account));

        assertThat(accounts().findById(account.id())).get().satisfies(found -> {
            assertThat(found.username()).isEqualTo(account.username());
            assertThat(found.email()).isEqualTo(account.email());
            assertThat(found.passwordHash()).isEqualTo(account.passwordHash());
            assertThat(found.emailVerified()).isFalse();
            assertThat(found.createdAt()).isEqualTo(T0);
            assertThat(found.profile()).isEqualTo(Profile.initial());
        });
        assertThat(accounts().findByUsername(new Username("mixed_case"))).map(Account::id).contains(account.id());
        assertThat(accounts().findByEmail(new EmailAddress("MIXED.case@example.COM"))).map(Account::id).contains(account.id());
    }

    @Test
    void finds_nothing_for_unknown_keys() {
        assertThat(accounts().findById(new AccountId(AccountFixtures.uuid()))).isEmpty();
        assertThat(accounts().findByUsername(new Username("nobody_here"))).isEmpty();
        assertThat(accounts().findByEmail(new EmailAddress("nobody@example.com"))).isEmpty();
    }

    @Test
    void refuses_a_username_taken_in_another_case() {
        transactor().run(() -> accounts().add(account("taken_name", "first@example.com")));

        assertThatThrownBy(() -> transactor().run(() -> accounts().add(account("TAKEN_NAME", "second@example.com"))))
                .isInstanceOf(AccountErrors.UsernameTaken.class);
        assertThat(accounts().findByEmail(new EmailAddress("second@example.com"))).isEmpty();
    }

    @Test
    void refuses_an_email_taken_in_another_case() {
        transactor().run(() -> accounts().add(account("first_owner", "owner@example.com")));

        assertThatThrownBy(() -> transactor().run(() -> accounts().add(account("second_owner", "OWNER@example.com"))))
                .isInstanceOf(AccountErrors.EmailTaken.class);
        assertThat(accounts().findByUsername(new Username("second_owner"))).isEmpty();
    }

    @Test
    void stores_changes_and_counts_versions() {
        Account account = account();
        transactor().run(() -> accounts().add(account));
        Account changed = account.verifyEmail(T0.plusSeconds(5))
                .withPasswordHash(new PasswordHash("$test$new"))
                .withProfile(new Profile(Optional.of("Zoë 🌍 Ünïcode"), Optional.of("line one\nline two"), Optional.empty(), true));

        transactor().run(() -> accounts().update(changed));

        Account found = accounts().findById(account.id()).orElseThrow();
        assertThat(found.version()).isEqualTo(account.version() + 1);
        assertThat(found.emailVerifiedAt()).contains(T0.plusSeconds(5));
        assertThat(found.passwordHash()).isEqualTo(new PasswordHash("$test$new"));
        assertThat(found.profile()).isEqualTo(changed.profile());
    }

    @Test
    void refuses_to_overwrite_a_newer_version() {
        Account account = account();
        transactor().run(() -> accounts().add(account));
        Account first = accounts().findById(account.id()).orElseThrow();
        transactor().run(() -> accounts().update(first.verifyEmail(T0)));

        assertThatThrownBy(() -> transactor().run(() -> accounts().update(first.withPasswordHash(new PasswordHash("$test$lost")))))
                .isInstanceOf(AccountErrors.ConcurrentAccountChange.class);
        assertThat(accounts().findById(account.id()).orElseThrow().passwordHash()).isEqualTo(account.passwordHash());
    }

    @Test
    void refuses_to_update_an_erased_account() {
        Account account = account();
        transactor().run(() -> accounts().add(account));
        transactor().run(() -> accounts().delete(account.id()));

        assertThatThrownBy(() -> transactor().run(() -> accounts().update(account.verifyEmail(T0))))
                .isInstanceOf(AccountErrors.AccountNotFound.class);
    }

    @Test
    void erases_an_account_and_frees_its_name_and_address() {
        Account account = account("erase_me", "erase@example.com");
        transactor().run(() -> accounts().add(account));

        transactor().run(() -> accounts().delete(account.id()));
        transactor().run(() -> accounts().delete(account.id()));

        assertThat(accounts().findById(account.id())).isEmpty();
        transactor().run(() -> accounts().add(account("erase_me", "erase@example.com")));
        assertThat(accounts().findByUsername(new Username("erase_me"))).isPresent();
    }
}
