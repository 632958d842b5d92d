package dev.kith.application.account.port;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.account;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.OneTimeToken;
import dev.kith.domain.account.Secret;
import dev.kith.domain.account.TokenPurpose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link OneTimeTokenRepository} does; extend it for each adapter. */
public abstract class OneTimeTokenRepositoryContract {

    protected abstract OneTimeTokenRepository tokens();

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

    @Test
    void finds_a_token_by_purpose_and_hash() {
        OneTimeToken token = OneTimeToken.issue(secret("verify1"), owner.id(), TokenPurpose.EMAIL_VERIFICATION, T0);
        transactor().run(() -> tokens().add(token));

        assertThat(tokens().find(TokenPurpose.EMAIL_VERIFICATION, token.hash())).contains(token);
        assertThat(tokens().find(TokenPurpose.PASSWORD_RESET, token.hash())).isEmpty();
        assertThat(tokens().find(TokenPurpose.EMAIL_VERIFICATION, secret("other").hash())).isEmpty();
    }

    @Test
    void uses_a_token_once() {
        OneTimeToken token = OneTimeToken.issue(secret("reset1"), owner.id(), TokenPurpose.PASSWORD_RESET, T0);
        transactor().run(() -> tokens().add(token));

        assertThat(transactor().inTransaction(() -> tokens().markUsed(token.hash(), T0.plusSeconds(1)))).isTrue();
        assertThat(transactor().inTransaction(() -> tokens().markUsed(token.hash(), T0.plusSeconds(2)))).isFalse();
        assertThat(tokens().find(TokenPurpose.PASSWORD_RESET, token.hash()).orElseThrow().usedAt()).contains(T0.plusSeconds(1));
        assertThat(transactor().inTransaction(() -> tokens().markUsed(secret("unknown").hash(), T0))).isFalse();
    }

    @Test
    void invalidates_every_unused_token_of_one_account_and_purpose() {
        Account other = account();
        transactor().run(() -> accounts().add(other));
        OneTimeToken first = OneTimeToken.issue(secret("first"), owner.id(), TokenPurpose.PASSWORD_RESET, T0);
        OneTimeToken second = OneTimeToken.issue(secret("second"), owner.id(), TokenPurpose.PASSWORD_RESET, T0);
        OneTimeToken verification = OneTimeToken.issue(secret("verification"), owner.id(), TokenPurpose.EMAIL_VERIFICATION, T0);
        OneTimeToken others = OneTimeToken.issue(secret("others"), other.id(), TokenPurpose.PASSWORD_RESET, T0);
        transactor().run(() -> {
            tokens().add(first);
            tokens().add(second);
            tokens().add(verification);
            tokens().add(others);
        });

        transactor().run(() -> tokens().invalidateAll(owner.id(), TokenPurpose.PASSWORD_RESET, T0.plusSeconds(9)));

        assertThat(tokens().find(TokenPurpose.PASSWORD_RESET, first.hash()).orElseThrow().isRedeemable(T0)).isFalse();
        assertThat(tokens().find(TokenPurpose.PASSWORD_RESET, second.hash()).orElseThrow().isRedeemable(T0)).isFalse();
        assertThat(tokens().find(TokenPurpose.EMAIL_VERIFICATION, verification.hash()).orElseThrow().isRedeemable(T0)).isTrue();
        assertThat(tokens().find(TokenPurpose.PASSWORD_RESET, others.hash()).orElseThrow().isRedeemable(T0)).isTrue();
    }

    @Test
    void tells_when_the_newest_token_of_an_account_and_purpose_was_issued() {
        assertThat(tokens().lastIssuedAt(owner.id(), TokenPurpose.PASSWORD_RESET)).isEmpty();
        transactor().run(() -> {
            tokens().add(OneTimeToken.issue(secret("older"), owner.id(), TokenPurpose.PASSWORD_RESET, T0));
            tokens().add(OneTimeToken.issue(secret("newer"), owner.id(), TokenPurpose.PASSWORD_RESET, T0.plusSeconds(30)));
            tokens().add(OneTimeToken.issue(secret("other_purpose"), owner.id(), TokenPurpose.EMAIL_VERIFICATION, T0.plusSeconds(90)));
        });
        transactor().run(() -> tokens().markUsed(secret("newer").hash(), T0.plusSeconds(40)));

        assertThat(tokens().lastIssuedAt(owner.id(), TokenPurpose.PASSWORD_RESET)).contains(T0.plusSeconds(30));
        assertThat(tokens().lastIssuedAt(owner.id(), TokenPurpose.EMAIL_VERIFICATION)).contains(T0.plusSeconds(90));
    }

    @Test
    void purges_tokens_that_expired_before_the_cutoff_only() {
        OneTimeToken reset = OneTimeToken.issue(secret("purged_reset"), owner.id(), TokenPurpose.PASSWORD_RESET, T0);
        OneTimeToken verification = OneTimeToken.issue(secret("kept_verification"), owner.id(), TokenPurpose.EMAIL_VERIFICATION, T0);
        transactor().run(() -> {
            tokens().add(reset);
            tokens().add(verification);
        });

        int purged = transactor().inTransaction(() -> tokens().purgeExpired(reset.expiresAt().plusSeconds(1)));

        assertThat(purged).isEqualTo(1);
        assertThat(tokens().find(TokenPurpose.PASSWORD_RESET, reset.hash())).isEmpty();
        assertThat(tokens().find(TokenPurpose.EMAIL_VERIFICATION, verification.hash())).isPresent();
        assertThat(transactor().inTransaction(() -> tokens().purgeExpired(reset.expiresAt()))).isZero();
    }

    @Test
    void forgets_the_tokens_of_an_erased_account() {
        OneTimeToken token = OneTimeToken.issue(secret("erased"), owner.id(), TokenPurpose.EMAIL_VERIFICATION, T0);
        transactor().run(() -> tokens().add(token));

        transactor().run(() -> accounts().delete(owner.id()));

        assertThat(tokens().find(TokenPurpose.EMAIL_VERIFICATION, token.hash())).isEmpty();
    }
}
