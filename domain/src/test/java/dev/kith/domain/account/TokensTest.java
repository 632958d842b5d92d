package dev.kith.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TokensTest {

    private static final Instant NOW = Instant.parse("2026-11-23T18:00:00Z");
    private static final AccountId ACCOUNT = new AccountId(new UUID(1, 1));
    private static final Secret SECRET = Secret.generated("s".repeat(43));

    @Test
    void a_verification_token_lasts_48_hours_and_a_reset_token_one() {
        OneTimeToken verification = OneTimeToken.issue(SECRET, ACCOUNT, TokenPurpose.EMAIL_VERIFICATION, NOW);
        OneTimeToken reset = OneTimeToken.issue(SECRET, ACCOUNT, TokenPurpose.PASSWORD_RESET, NOW);

        assertThat(verification.isRedeemable(NOW.plus(Duration.ofHours(48)).minusMillis(1))).isTrue();
        assertThat(verification.isRedeemable(NOW.plus(Duration.ofHours(48)))).isFalse();
        assertThat(reset.isRedeemable(NOW.plus(Duration.ofMinutes(59)))).isTrue();
        assertThat(reset.isRedeemable(NOW.plus(Duration.ofHours(1)))).isFalse();
    }

    @Test
    void a_used_token_is_not_redeemable() {
        OneTimeToken token = OneTimeToken.issue(SECRET, ACCOUNT, TokenPurpose.PASSWORD_RESET, NOW);
        OneTimeToken used = new OneTimeToken(token.hash(), ACCOUNT, token.purpose(), NOW, token.expiresAt(), Optional.of(NOW));

        assertThat(used.isRedeemable(NOW)).isFalse();
    }

    @Test
    void a_refresh_token_is_valid_then_expired_and_reuse_or_revocation_wins_over_expiry() {
        LoginSessionId session = new LoginSessionId(new UUID(2, 2));
        RefreshToken token = RefreshToken.issue(SECRET, session, ACCOUNT, NOW);

        assertThat(token.classify(NOW)).isEqualTo(RefreshToken.Use.VALID);
        assertThat(token.classify(NOW.plus(RefreshToken.LIFETIME))).isEqualTo(RefreshToken.Use.EXPIRED);
        RefreshToken spent = new RefreshToken(token.hash(), session, ACCOUNT, NOW, token.expiresAt(), Optional.of(NOW), false);
        assertThat(spent.classify(NOW.plus(RefreshToken.LIFETIME))).isEqualTo(RefreshToken.Use.REUSED);
        RefreshToken revoked = new RefreshToken(token.hash(), session, ACCOUNT, NOW, token.expiresAt(), Optional.empty(), true);
        assertThat(revoked.classify(NOW)).isEqualTo(RefreshToken.Use.REVOKED);
    }
}
