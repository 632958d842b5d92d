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

/** Sends a fresh verification link to an account that has not verified yet. */
public final class ResendVerification {

    private final Transactor transactor;
    private final AccountRepository accounts;
    private final OneTimeTokenRepository oneTimeTokens;
    private final SecretGenerator secrets;
    private final OutgoingMail mail;
    private final AccountMails mails;
    private final Clock clock;

    ResendVerification(Transactor transactor, AccountRepository accounts, OneTimeTokenRepository oneTimeTokens,
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
     * Queues a new verification mail when an unverified account has this address, and does nothing
     * otherwise; nor within a minute of the last one (no mailbox flooding). Returns normally either way, so callers cannot learn which addresses have accounts.
     *
     * @param actor anyone
     * @param command the email address; a malformed one is still refused as invalid input
     */
    public void execute(Actor actor, Command command) {
        EmailAddress email = new EmailAddress(command.email());
        transactor.run(() -> accounts.findByEmail(email)
                .filter(account -> !account.emailVerified())
                .ifPresent(account -> {
                    Instant now = clock.instant();
                    if (coolingDown(account.id(), now)) {
                        return;
                    }
                    Secret token = secrets.next();
                    oneTimeTokens.add(OneTimeToken.issue(token, account.id(), TokenPurpose.EMAIL_VERIFICATION, now));
                    mail.queue(mails.verification(account, token), now);
                }));
    }

    private boolean coolingDown(AccountId account, Instant now) {
        return oneTimeTokens.lastIssuedAt(account, TokenPurpose.EMAIL_VERIFICATION)
                .filter(last -> TokenPurpose.EMAIL_VERIFICATION.coolingDown(last, now)).isPresent();
    }

    /** The address to send to. */
    public record Command(String email) {
    }
}
