package dev.kith.application.account.port;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.account;
import static dev.kith.application.account.port.AccountFixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.LoginSessionId;
import dev.kith.domain.account.RefreshToken;
import dev.kith.domain.account.Secret;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RefreshTokenRepository} does; extend it for each adapter. */
public abstract class RefreshTokenRepositoryContract {

    protected abstract RefreshTokenRepository refreshTokens();

    protected abstract AccountRepository accounts();

    protected abstract Transactor transactor();

    private Account owner;

    @BeforeEach
    void storeOwner() {
        owner = account();
        transactor().run(() -> accounts().add(owner));
    }

    private static Secret secret(String text) {
        return Secret.generated(text + "_".repeat(Math.max(0, 43 - text.length())));
    }

    private RefreshToken login(Account account, String secret) {
        LoginSessionId session = new LoginSessionId(uuid());
        RefreshToken token = RefreshToken.issue(secret(secret), session, account.id(), T0);
        transactor().run(() -> {
            refreshTokens().startSession(session, account.id(), T0);
            refreshTokens().add(token);
        });
        return token;
    }

    @Test
    void finds_a_token_by_its_hash() {
        RefreshToken token = login(owner, "find");

        assertThat(refreshTokens().find(token.hash())).contains(token);
        assertThat(refreshTokens().find(secret("unknown").hash())).isEmpty();
    }

    @Test
    void spends_a_token_once() {
        RefreshToken token = login(owner, "spend");

        assertThat(transactor().inTransaction(() -> refreshTokens().markSpent(token.hash(), T0.plusSeconds(1)))).isTrue();
        assertThat(transactor().inTransaction(() -> refreshTokens().markSpent(token.hash(), T0.plusSeconds(2)))).isFalse();
        assertThat(refreshTokens().find(token.hash()).orElseThrow().classify(T0.plusSeconds(3))).isEqualTo(RefreshToken.Use.REUSED);
    }

    @Test
    void revoking_a_session_revokes_all_its_tokens_and_no_others() {
        RefreshToken first = login(owner, "family");
        RefreshToken successor = RefreshToken.issue(secret("successor"), first.session(), owner.id(), T0.plusSeconds(1));
        transactor().run(() -> refreshTokens().add(successor));
        RefreshToken otherLogin = login(owner, "other_login");

        transactor().run(() -> refreshTokens().revokeSession(first.session(), T0.plusSeconds(2)));
        transactor().run(() -> refreshTokens().revokeSession(first.session(), T0.plusSeconds(3)));

        assertThat(refreshTokens().find(first.hash()).orElseThrow().sessionRevoked()).isTrue();
        assertThat(refreshTokens().find(successor.hash()).orElseThrow().sessionRevoked()).isTrue();
        assertThat(refreshTokens().find(otherLogin.hash()).orElseThrow().sessionRevoked()).isFalse();
    }

    @Test
    void revokes_every_session_of_one_account() {
        Account other = account();
        transactor().run(() -> accounts().add(other));
        RefreshToken one = login(owner, "one");
        RefreshToken two = login(owner, "two");
        RefreshToken others = login(other, "others");

        List<LoginSessionId> revoked = transactor().inTransaction(() -> refreshTokens().revokeAllSessions(owner.id(), T0.plusSeconds(1)));

        assertThat(revoked).containsExactlyInAnyOrder(one.session(), two.session());
        assertThat(transactor().inTransaction(() -> refreshTokens().revokeAllSessions(owner.id(), T0.plusSeconds(2)))).isEmpty();

        assertThat(refreshTokens().find(one.hash()).orElseThrow().classify(T0)).isEqualTo(RefreshToken.Use.REVOKED);
        assertThat(refreshTokens().find(two.hash()).orElseThrow().classify(T0)).isEqualTo(RefreshToken.Use.REVOKED);
        assertThat(refreshTokens().find(others.hash()).orElseThrow().classify(T0)).isEqualTo(RefreshToken.Use.VALID);
    }

    @Test
    void purges_logins_whose_every_token_expired_and_keeps_spent_tokens_of_live_logins() {
        RefreshToken expiredLogin = login(owner, "expired_login");
        RefreshToken spent = login(owner, "spent_in_live_login");
        RefreshToken successor = RefreshToken.issue(secret("live_successor"), spent.session(), owner.id(), T0.plusSeconds(3600));
        transactor().run(() -> {
            refreshTokens().markSpent(spent.hash(), T0.plusSeconds(3600));
            refreshTokens().add(successor);
        });

        int purged = transactor().inTransaction(() -> refreshTokens().purgeExpired(expiredLogin.expiresAt().plusSeconds(1)));

        assertThat(purged).isEqualTo(1);
        assertThat(refreshTokens().find(expiredLogin.hash())).isEmpty();
        assertThat(refreshTokens().find(spent.hash())).isPresent();
        assertThat(refreshTokens().find(successor.hash())).isPresent();
    }

    @Test
    void forgets_the_sessions_of_an_erased_account() {
        RefreshToken token = login(owner, "erased");

        transactor().run(() -> accounts().delete(owner.id()));

        assertThat(refreshTokens().find(token.hash())).isEmpty();
    }
}
