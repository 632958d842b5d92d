package dev.kith.application.account;

import dev.kith.application.shared.Links;
import dev.kith.application.shared.port.Mail;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.Secret;

/** The texts of the mails the account context sends. */
final class AccountMails {

    private final Links links;

    AccountMails(Links links) {
        this.links = links;
    }

    Mail verification(Account account, Secret token) {
        return new Mail(account.email().value(), "Confirm your email address for Kith", """
                Hello %s,

                confirm your email address by opening this link within 48 hours:

                %s

                Or send this token to POST /api/v1/auth/verify-email:

                %s

                If you did not sign up for Kith, ignore this mail.
                """.formatted(account.username(), links.verifyEmail(token.reveal()), token.reveal()));
    }

    Mail passwordReset(Account account, Secret token) {
        return new Mail(account.email().value(), "Reset your Kith password", """
                Hello %s,

                someone asked to reset your password. To choose a new one, open this link within an hour:

                %s

                Or send this token with your new password to POST /api/v1/auth/password-reset/confirm:

                %s

                If it was not you, ignore this mail: your password stays as it is.
                """.formatted(account.username(), links.resetPassword(token.reveal()), token.reveal()));
    }
}
