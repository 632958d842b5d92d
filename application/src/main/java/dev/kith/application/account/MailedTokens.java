package dev.kith.application.account;

import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.account.port.OneTimeTokenRepository;
import dev.kith.application.shared.OutgoingMail;
import dev.kith.application.shared.port.Mail;
import dev.kith.application.shared.port.SecretGenerator;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.EmailAddress;
import dev.kith.domain.account.OneTimeToken;
import dev.kith.domain.account.Secret;
import dev.kith.domain.account.TokenPurpose;
import java.time.Clock;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Mails a one-time token to the account behind an address, on request from anyone: the one flow behind
 * {@link ResendVerification} and {@link RequestPasswordReset}, which differ only in the token's purpose,
 * which accounts qualify and the mail's text.
 */
final class MailedTokens {

    private final Transactor transactor;
    private final AccountRepository accounts;
    private final OneTimeTokenRepository oneTimeTokens;
    private final SecretGenerator secrets;
    private final OutgoingMail mail;
    private final Clock clock;

    MailedTokens(Transactor transactor, AccountRepository accounts, OneTimeTokenRepository oneTimeTokens,
                 SecretGenerator secrets, OutgoingMail mail, Clock clock) {
        this.transactor = transactor;
        this.accounts = accounts;
        this.oneTimeTokens = oneTimeTokens;
        this.secrets = secrets;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * In one transaction: when a qualifying account has {@code email} and was sent no token of this purpose
     * within its cooldown (no mailbox flooding), issues one and queues the mail carrying it; otherwise does
     * nothing. Either way it returns normally, so callers cannot learn which addresses have accounts.
     */
    void send(EmailAddress email, TokenPurpose purpose, Predicate<Account> qualifies,
              BiFunction<Account, Secret, Mail> text) {
        transactor.run(() -> accounts.findByEmail(email).filter(qualifies).ifPresent(account -> {
            Instant now = clock.instant();
            if (coolingDown(account, purpose, now)) {
                return;
            }
            Secret token = secrets.next();
            oneTimeTokens.add(OneTimeToken.issue(token, account.id(), purpose, now));
            mail.queue(text.apply(account, token), now);
        }));
    }

    private boolean coolingDown(Account account, TokenPurpose purpose, Instant now) {
        return oneTimeTokens.lastIssuedAt(account.id(), purpose).filter(last -> purpose.coolingDown(last, now)).isPresent();
    }
}
