package dev.kith.application.account;

import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.account.port.OneTimeTokenRepository;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.OutgoingMail;
import dev.kith.application.shared.port.SecretGenerator;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.EmailAddress;
import dev.kith.domain.account.OneTimeToken;
import dev.kith.domain.account.Secret;
import dev.kith.domain.account.TokenPurpose;
import java.time.Clock;
import java.time.Instant;

/** Mails a password-reset link to the account with an email address, if there is one. */
public final class RequestPasswordReset {

    private final Transactor transactor;
    private final AccountRepository accounts;
    private final OneTimeTokenRepository oneTimeTokens;
    private final SecretGenerator secrets;
    private final OutgoingMail mail;
    private final AccountMails mails;
    private final Clock clock;

    RequestPasswordReset(Transactor transactor, AccountRepository accounts, OneTimeTokenRepository oneTimeTokens,
                         SecretGenerator secrets, OutgoingMail mail, AccountMails mails, Clock clock) {
        this.transactor = transactor;
        this.accounts = accounts;
        this.oneTimeTokens = oneTimeTokens;
        this.secrets = secrets;
        this.mail = mail;
        this.mails = mails;
        this.clock = clock;
    }

    /**
     * Queues a reset mail (token valid one hour) when an account has this address; does nothing otherwise,
     * nor within a minute of the last one (no mailbox flooding), and returns normally either way, so callers cannot learn which addresses have accounts.
     *
     * @param actor anyone
     * @param command the email address; a malformed one is refused as invalid input
     */
    public void execute(Actor actor, Command command) {
        EmailAddress email = new EmailAddress(command.email());
        transactor.run(() -> accounts.findByEmail(email).ifPresent(account -> {
            Instant now = clock.instant();
            if (coolingDown(account.id(), now)) {
                return;
            }
            Secret token = secrets.next();
            oneTimeTokens.add(OneTimeToken.issue(token, account.id(), TokenPurpose.PASSWORD_RESET, now));
            mail.queue(mails.passwordReset(account, token), now);
        }));
    }

    private boolean coolingDown(AccountId account, Instant now) {
        return oneTimeTokens.lastIssuedAt(account, TokenPurpose.PASSWORD_RESET)
                .filter(last -> TokenPurpose.PASSWORD_RESET.coolingDown(last, now)).isPresent();
    }

    /** The address of the account. */
    public record Command(String email) {
    }
}
