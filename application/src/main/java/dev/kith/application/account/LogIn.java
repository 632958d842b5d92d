package dev.kith.application.account;

import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.account.port.PasswordHasher;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.account.EmailAddress;
import dev.kith.domain.account.Password;
import dev.kith.domain.account.PasswordHash;
import dev.kith.domain.account.Username;
import dev.kith.domain.shared.InvalidInput;
import java.time.Clock;
import java.util.Optional;

/** Signs in with a username or email address and a password. */
public final class LogIn {

    private final Transactor transactor;
    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final Sessions sessions;
    private final Clock clock;
    private volatile PasswordHash decoy;

    LogIn(Transactor transactor, AccountRepository accounts, PasswordHasher hasher, Sessions sessions, Clock clock) {
        this.transactor = transactor;
        this.accounts = accounts;
        this.hasher = hasher;
        this.sessions = sessions;
        this.clock = clock;
    }

    /**
     * Checks the credentials and opens a new login. An unknown login costs a hash like a known one, so
     * timing does not tell which accounts exist. A hash made with weaker parameters than today's is
     * re-made with the password just proven.
     *
     * @param actor anyone
     * @param command the login (username or email address, any case) and password
     * @return an access token and the first refresh token of the new login
     * @throws AccountErrors.InvalidCredentials when the login or password is wrong
     * @throws AccountErrors.EmailNotVerified when the credentials are right but the email is not verified
     */
    public TokenPair execute(Actor actor, Command command) {
        if (command.login() == null || command.login().isBlank()) {
            throw InvalidInput.field("login", "is required");
        }
        if (command.password() == null || command.password().isEmpty()) {
            throw InvalidInput.field("password", "is required");
        }
        Password password = Password.offered(command.password());
        Optional<Account> found = find(command.login().strip());
        if (found.isEmpty()) {
            hasher.verify(password, decoy(password));
            throw new AccountErrors.InvalidCredentials();
        }
        Account account = found.get();
        if (!hasher.verify(password, account.passwordHash())) {
            throw new AccountErrors.InvalidCredentials();
        }
        account.requireVerifiedEmail();
        Optional<PasswordHash> upgraded = hasher.needsRehash(account.passwordHash())
                ? Optional.of(hasher.hash(password)) : Optional.empty();
        return transactor.inTransaction(() -> {
            upgraded.ifPresent(hash -> upgrade(account, hash));
            return sessions.open(account.id(), clock.instant());
        });
    }

    private void upgrade(Account account, PasswordHash hash) {
        try {
            accounts.update(account.withPasswordHash(hash));
        } catch (AccountErrors.ConcurrentAccountChange e) {
            // someone changed the account meanwhile (perhaps the password); the next login upgrades instead
        }
    }

    private Optional<Account> find(String login) {
        if (login.indexOf('@') >= 0) {
            try {
                return accounts.findByEmail(new EmailAddress(login));
            } catch (InvalidInput e) {
                return Optional.empty();
            }
        }
        try {
            return accounts.findByUsername(new Username(login));
        } catch (InvalidInput e) {
            return Optional.empty();
        }
    }

    private PasswordHash decoy(Password password) {
        PasswordHash hash = decoy;
        if (hash == null) {
            hash = hasher.hash(password);
            decoy = hash;
        }
        return hash;
    }

    /** The credentials. */
    public record Command(String login, String password) {
        @Override
        public String toString() {
            return "Command[login=" + login + "]";
        }
    }
}
