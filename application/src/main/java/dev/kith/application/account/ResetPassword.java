package dev.kith.application.account;

import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.account.port.OneTimeTokenRepository;
import dev.kith.application.account.port.PasswordHasher;
import dev.kith.application.account.port.RefreshTokenRepository;
import dev.kith.application.account.port.RevokedLogins;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.account.OneTimeToken;
import dev.kith.domain.account.Password;
import dev.kith.domain.account.PasswordHash;
import dev.kith.domain.account.PasswordPolicy;
import dev.kith.domain.account.Secret;
import dev.kith.domain.account.TokenPurpose;
import dev.kith.domain.shared.Validation;
import java.time.Clock;
import java.time.Instant;

/** Sets a new password with the token from a reset mail, and signs the account out everywhere. */
public final class ResetPassword {

    private final Transactor transactor;
    private final AccountRepository accounts;
    private final OneTimeTokenRepository oneTimeTokens;
    private final RefreshTokenRepository refreshTokens;
    private final RevokedLogins revokedLogins;
    private final PasswordHasher hasher;
    private final Clock clock;

    ResetPassword(Transactor transactor, AccountRepository accounts, OneTimeTokenRepository oneTimeTokens,
                  RefreshTokenRepository refreshTokens, RevokedLogins revokedLogins, PasswordHasher hasher, Clock clock) {
        this.transactor = transactor;
        this.accounts = accounts;
        this.oneTimeTokens = oneTimeTokens;
        this.refreshTokens = refreshTokens;
        this.revokedLogins = revokedLogins;
        this.hasher = hasher;
        this.clock = clock;
    }

    /**
     * Redeems a reset token (single use, one hour), stores the new password's hash, revokes every login
     * of the account (refresh and access tokens alike) and every other reset token. Following the mailed link proves the address, so an
     * unverified account becomes verified.
     *
     * @param actor anyone; the token is the proof
     * @param command the token and the new password
     * @throws dev.kith.domain.shared.InvalidInput when the new password is too short or too long, one of the
     *         most common passwords, or the account's username or email address (see {@link PasswordPolicy})
     * @throws AccountErrors.InvalidOneTimeToken when the token is unknown, used or expired
     */
    public void execute(Actor actor, Command command) {
        Validation validation = new Validation();
        Secret secret = validation.check(() -> Secret.presented("token", command.token()));
        Password password = validation.check(() -> Password.of("newPassword", command.newPassword()));
        validation.throwIfInvalid();
        // A first, read-only look at the token finds whose password this is, before the expensive hash;
        // the transaction below redeems the token and so still decides races.
        Account owner = ownerOf(redeemable(secret, clock.instant()));
        PasswordPolicy.requireUnlike("newPassword", password, owner.username(), owner.email());
        PasswordHash hash = hasher.hash(password);
        transactor.run(() -> {
            Instant now = clock.instant();
            OneTimeToken token = redeemable(secret, now);
            if (!oneTimeTokens.markUsed(token.hash(), now)) {
                throw new AccountErrors.InvalidOneTimeToken();
            }
            Account account = ownerOf(token);
            accounts.update(account.withPasswordHash(hash).verifyEmail(now));
            oneTimeTokens.invalidateAll(account.id(), TokenPurpose.PASSWORD_RESET, now);
            refreshTokens.revokeAllSessions(account.id(), now)
                    .forEach(session -> revokedLogins.revokeLogin(account.id(), session, now));
        });
    }

    private OneTimeToken redeemable(Secret secret, Instant now) {
        return oneTimeTokens.find(TokenPurpose.PASSWORD_RESET, secret.hash())
                .filter(found -> found.hash().matches(secret.hash()) && found.isRedeemable(now))
                .orElseThrow(AccountErrors.InvalidOneTimeToken::new);
    }

    private Account ownerOf(OneTimeToken token) {
        return accounts.findById(token.account()).orElseThrow(AccountErrors.InvalidOneTimeToken::new);
    }

    /** The reset token and the new password. */
    public record Command(String token, String newPassword) {
        @Override
        public String toString() {
            return "Command[***]";
        }
    }
}
