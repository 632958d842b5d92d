package dev.kith.application.account;

import dev.kith.application.shared.Actor;
import dev.kith.domain.account.EmailAddress;
import dev.kith.domain.account.TokenPurpose;

/** Sends a fresh verification link to an account that has not verified yet. */
public final class ResendVerification {

    private final MailedTokens tokens;
    private final AccountMails mails;

    ResendVerification(MailedTokens tokens, AccountMails mails) {
        this.tokens = tokens;
        this.mails = mails;
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
        tokens.send(email, TokenPurpose.EMAIL_VERIFICATION, account -> !account.emailVerified(), mails::verification);
    }

    /** The address to send to. */
    public record Command(String email) {
    }
}
