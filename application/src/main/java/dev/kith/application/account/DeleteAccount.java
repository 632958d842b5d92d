package dev.kith.application.account;

import dev.kith.application.account.port.AccountErasure;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.account.port.PasswordHasher;
import dev.kith.application.account.port.RevokedLogins;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.account.Password;
import dev.kith.domain.shared.InvalidInput;
import java.time.Clock;
import java.time.Instant;

/** Erases the signed-in account and everything it owns. */
public final class DeleteAccount {

    private final Transactor transactor;
    private final AccountRepository accounts;
    private final AccountErasure erasure;
    private final PasswordHasher hasher;
    private final RevokedLogins revokedLogins;
    private final Clock clock;

    DeleteAccount(Transactor transactor, AccountRepository accounts, AccountErasure erasure, PasswordHasher hasher,
                  RevokedLogins revokedLogins, Clock clock) {
        this.transactor = transactor;
        this.revokedLogins = revokedLogins;
        this.accounts = accounts;
        this.erasure = erasure;
        this.hasher = hasher;
        this.clock = clock;
    }

    /**
     * Erases the account once its password is confirmed: its logins, tokens, follows, blocks, posts,
     * comments and likes go with it, and the counters of the accounts and posts that remain stay exact.
     * Its access tokens stop working at once.
     *
     * @param actor a signed-in account
     * @param command the account's current password
     * @throws AccountErrors.WrongPassword when the password is wrong
     * @throws AccountErrors.InvalidAccessToken when nobody is signed in, or the account is already gone
     */
    public void execute(Actor actor, Command command) {
        if (command.password() == null || command.password().isEmpty()) {
            throw InvalidInput.field("password", "is required");
        }
        Account account = accounts.findById(actor.requireAccount())
                .orElseThrow(() -> new AccountErrors.InvalidAccessToken("The account no longer exists."));
        if (!hasher.verify(Password.offered(command.password()), account.passwordHash())) {
            throw new AccountErrors.WrongPassword();
        }
        transactor.run(() -> {
            Instant now = clock.instant();
            erasure.eraseEverythingOf(account.id(), now);
            accounts.delete(account.id());
            revokedLogins.revokeAccount(account.id(), now);
        });
    }

    /** The password that confirms the erasure. */
    public record Command(String password) {
        @Override
        public String toString() {
            return "Command[***]";
        }
    }
}
