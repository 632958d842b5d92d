package dev.kith.application.account;

import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.account.port.NameReservations;
import dev.kith.application.account.port.OneTimeTokenRepository;
import dev.kith.application.account.port.PasswordHasher;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.OutgoingMail;
import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.SecretGenerator;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.EmailAddress;
import dev.kith.domain.account.OneTimeToken;
import dev.kith.domain.account.Password;
import dev.kith.domain.account.PasswordHash;
import dev.kith.domain.account.PasswordPolicy;
import dev.kith.domain.account.Secret;
import dev.kith.domain.account.TokenPurpose;
import dev.kith.domain.account.Username;
import dev.kith.domain.shared.Validation;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Signs up a new account and sends it an email-verification link. */
public final class RegisterAccount {

    private final Transactor transactor;
    private final AccountRepository accounts;
    private final OneTimeTokenRepository oneTimeTokens;
    private final NameReservations reservations;
    private final PasswordHasher hasher;
    private final SecretGenerator secrets;
    private final IdGenerator ids;
    private final OutgoingMail mail;
    private final AccountMails mails;
    private final Clock clock;

    RegisterAccount(Transactor transactor, AccountRepository accounts, OneTimeTokenRepository oneTimeTokens,
                    NameReservations reservations, PasswordHasher hasher, SecretGenerator secrets, IdGenerator ids, OutgoingMail mail,
                    AccountMails mails, Clock clock) {
        this.transactor = transactor;
        this.accounts = accounts;
        this.oneTimeTokens = oneTimeTokens;
        this.reservations = reservations;
        this.hasher = hasher;
        this.secrets = secrets;
        this.ids = ids;
        this.mail = mail;
        this.mails = mails;
        this.clock = clock;
    }

    /**
     * Creates an unverified, public account and queues a verification mail in the same transaction.
     *
     * @param actor anyone; registering does not need a signed-in account
     * @param command the username, email address and password; all invalid fields are reported together
     * @return the new account as its owner sees it
     * @throws dev.kith.domain.shared.InvalidInput when a field is invalid, or the password is too short or too
     *         long, one of the most common passwords, or the username or email address
     *         (see {@link PasswordPolicy})
     * @throws AccountErrors.UsernameTaken when the username is taken, in any case, or was an account's
     *         erased less than {@link DeleteAccount#NAMES_RESERVED_FOR} ago
     * @throws AccountErrors.EmailTaken when the email address is taken, in any case, or was an account's
     *         erased less than {@link DeleteAccount#NAMES_RESERVED_FOR} ago
     */
    public AccountView execute(Actor actor, Command command) {
        Validation validation = new Validation();
        Username username = validation.check(() -> new Username(command.username()));
        EmailAddress email = validation.check(() -> new EmailAddress(command.email()));
        Password password = validation.check(() -> Password.of("password", command.password()));
        validation.throwIfInvalid();
        PasswordPolicy.requireUnlike("password", password, username, email);
        rejectTaken(username, email, clock.instant());

        PasswordHash hash = hasher.hash(password);
        return transactor.inTransaction(() -> {
            Instant now = clock.instant();
            rejectReserved(username, email, now);
            Account account = Account.create(new AccountId(ids.next()), username, email, hash, now);
            accounts.add(account);
            Secret token = secrets.next();
            oneTimeTokens.add(OneTimeToken.issue(token, account.id(), TokenPurpose.EMAIL_VERIFICATION, now));
            mail.queue(mails.verification(account, token), now);
            return AccountView.of(account, Optional.empty());
        });
    }

    /** Answers early, before the expensive hash; the unique constraints still decide races. */
    private void rejectTaken(Username username, EmailAddress email, Instant now) {
        if (accounts.findByUsername(username).isPresent()) {
            throw new AccountErrors.UsernameTaken();
        }
        if (accounts.findByEmail(email).isPresent()) {
            throw new AccountErrors.EmailTaken();
        }
        rejectReserved(username, email, now);
    }

    // Checked again in the transaction: an erasure committing between the early check and the insert
    // reserves the names after the unique constraints stopped guarding them.
    private void rejectReserved(Username username, EmailAddress email, Instant now) {
        if (reservations.holdsUsername(username, now)) {
            throw new AccountErrors.UsernameTaken();
        }
        if (reservations.holdsEmail(email, now)) {
            throw new AccountErrors.EmailTaken();
        }
    }

    /** What a new account is made from. */
    public record Command(String username, String email, String password) {
        @Override
        public String toString() {
            return "Command[username=" + username + ", email=" + email + "]";
        }
    }
}
