package dev.kith.application.account.port;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.LoginSessionId;
import org.junit.jupiter.api.Test;

/** What every {@link RevokedLogins} does; extend it for each adapter. Each test starts with none revoked. */
public abstract class RevokedLoginsContract {

    protected abstract RevokedLogins revokedLogins();

    protected abstract Transactor transactor();

    private final AccountId alice = new AccountId(uuid());
    private final AccountId bob = new AccountId(uuid());
    private final LoginSessionId phone = new LoginSessionId(uuid());
    private final LoginSessionId laptop = new LoginSessionId(uuid());
    private final LoginSessionId bobsPhone = new LoginSessionId(uuid());

    @Test
    void nothing_is_revoked_at_first() {
        assertThat(revokedLogins().isRevoked(alice, phone)).isFalse();
    }

    @Test
    void a_revoked_login_stops_its_tokens_and_no_other() {
        transactor().run(() -> revokedLogins().revokeLogin(alice, phone, T0));

        assertThat(revokedLogins().isRevoked(alice, phone)).isTrue();
        assertThat(revokedLogins().isRevoked(alice, laptop)).isFalse();
        assertThat(revokedLogins().isRevoked(bob, bobsPhone)).isFalse();
    }

    @Test
    void a_revoked_account_stops_every_login_of_it() {
        transactor().run(() -> revokedLogins().revokeAccount(alice, T0));

        assertThat(revokedLogins().isRevoked(alice, phone)).isTrue();
        assertThat(revokedLogins().isRevoked(alice, laptop)).isTrue();
        assertThat(revokedLogins().isRevoked(bob, bobsPhone)).isFalse();
    }

    @Test
    void revoking_twice_is_harmless() {
        transactor().run(() -> {
            revokedLogins().revokeLogin(alice, phone, T0);
            revokedLogins().revokeLogin(alice, phone, T0.plusSeconds(1));
            revokedLogins().revokeAccount(bob, T0);
            revokedLogins().revokeAccount(bob, T0.plusSeconds(1));
        });

        assertThat(revokedLogins().isRevoked(alice, phone)).isTrue();
        assertThat(revokedLogins().isRevoked(bob, bobsPhone)).isTrue();
    }

    @Test
    void a_revocation_rolled_back_with_its_transaction_never_happened() {
        assertThatThrownBy(() -> transactor().run(() -> {
            revokedLogins().revokeLogin(alice, phone, T0);
            revokedLogins().revokeAccount(bob, T0);
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");

        assertThat(revokedLogins().isRevoked(alice, phone)).isFalse();
        assertThat(revokedLogins().isRevoked(bob, bobsPhone)).isFalse();
    }

    @Test
    void purging_forgets_revocations_older_than_the_cutoff() {
        transactor().run(() -> {
            revokedLogins().revokeLogin(alice, phone, T0);
            revokedLogins().revokeAccount(bob, T0.plusSeconds(10));
            revokedLogins().revokeLogin(alice, laptop, T0.plusSeconds(20));
        });

        assertThat(transactor().inTransaction(() -> revokedLogins().purgeBefore(T0.plusSeconds(15)))).isEqualTo(2);
        assertThat(transactor().inTransaction(() -> revokedLogins().purgeBefore(T0.plusSeconds(15)))).isZero();
        assertThat(revokedLogins().isRevoked(alice, laptop)).isTrue();
    }
}
