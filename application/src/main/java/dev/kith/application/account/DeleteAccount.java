package dev.kith.application.account;

import dev.kith.application.account.port.AccountErasure;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.account.port.NameReservations;
import dev.kith.application.account.port.PasswordHasher;
import dev.kith.application.account.port.RevokedLogins;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.account.AccountEvent;
import dev.kith.domain.account.Password;
import dev.kith.domain.shared.InvalidInput;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Erases the signed-in account and everything it owns. */
public final class DeleteAccount {

    /** How long an erased account's username and email address stay unavailable to new accounts. */
    public static final Duration NAMES_RESERVED_FOR = Duration.ofDays(30);

    private final Transactor transactor;
    private final AccountRepository accounts;
    private final AccountErasure erasure;
    private final PasswordHasher hasher;
    private final RevokedLogins revokedLogins;
    private final NameReservations reservations;
    private final DomainEvents events;
    private final Clock clock;

    DeleteAccount(Transactor transactor, AccountRepository accounts, AccountErasure erasure, PasswordHasher hasher,
                  RevokedLogins revokedLogins, NameReservations reservations, DomainEvents events, Clock clock) {
        this.transactor = transactor;
        this.reservations = reservations;
        this.events = events;
        this.revokedLogins = revokedLogins;
        this.accounts = accounts;
        this.erasure = erasure;
        this.hasher = hasher;
        this.clock = clock;
    }

    /**
     * Erases the account once its password is confirmed, in one transaction. It first records
     * {@link AccountEvent.AccountErased}, on which every other context erases what the account owns there
     * (its media, rows now and files through the outbox; its stories and story views; its group
     * memberships, requests and bans, handing each group it alone owns to its longest-standing admin or
     * deleting it; the notifications it received and caused, closing its open streams); then its follows,
     * blocks, posts, comments, likes and mentions go ({@link AccountErasure}), then the account with its
     * logins and tokens. Every counter of the accounts, posts and groups that remain stays exact. Its access
     * tokens stop working at once, and its username and email address stay unavailable to new accounts for
     * {@link #NAMES_RESERVED_FOR}.
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
            // first, while everything of it is still stored: each context's listener erases its own part
            events.record(new AccountEvent.AccountErased(account.id(), now));
            erasure.eraseEverythingOf(account.id(), now);
            accounts.delete(account.id());
            revokedLogins.revokeAccount(account.id(), now);
            reservations.reserve(account.username(), account.email(), now.plus(NAMES_RESERVED_FOR));
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
