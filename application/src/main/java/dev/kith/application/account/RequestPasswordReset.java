package dev.kith.application.account;

import dev.kith.application.shared.Actor;
import dev.kith.domain.account.EmailAddress;
import dev.kith.domain.account.TokenPurpose;

/** Mails a password-reset link to the account with an email address, if there is one. */
public final class RequestPasswordReset {

    private final MailedTokens tokens;
    private final AccountMails mails;

    RequestPasswordReset(MailedTokens tokens, AccountMails mails) {
        this.tokens = tokens;
        this.mails = mails;
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
        tokens.send(email, TokenPurpose.PASSWORD_RESET, account -> true, mails::passwordReset);
    }

    /** The address of the account. */
    public record Command(String email) {
    }
}
