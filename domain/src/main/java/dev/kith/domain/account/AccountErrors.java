package dev.kith.domain.account;

import dev.kith.domain.shared.Conflict;
import dev.kith.domain.shared.Forbidden;
import dev.kith.domain.shared.InvalidInput;
import dev.kith.domain.shared.NotFound;
import dev.kith.domain.shared.RuleViolation;
import dev.kith.domain.shared.Unauthenticated;
import java.util.List;

/** The failures of the account context. */
public final class AccountErrors {

    private AccountErrors() {
    }

    /** Another account already has this username. */
    public static final class UsernameTaken extends Conflict {
        public UsernameTaken() {
            super("username_taken", "That username is taken.");
        }
    }

    /** Another account already has this email address. */
    public static final class EmailTaken extends Conflict {
        public EmailTaken() {
            super("email_taken", "An account with that email address exists.");
        }
    }

    /** No such account, or not one the actor may see. */
    public static final class AccountNotFound extends NotFound {
        public AccountNotFound() {
            super("not_found", "No such account.");
        }
    }

    /** Login or password wrong; deliberately does not say which. */
    public static final class InvalidCredentials extends Unauthenticated {
        public InvalidCredentials() {
            super("invalid_credentials", "The login or password is wrong.");
        }
    }

    /** The access token is missing, malformed, expired or its account is gone. */
    public static final class InvalidAccessToken extends Unauthenticated {
        public InvalidAccessToken(String detail) {
            super("invalid_token", detail);
        }
    }

    /** The refresh token is unknown, spent, expired or revoked. */
    public static final class InvalidRefreshToken extends Unauthenticated {
        public InvalidRefreshToken() {
            super("invalid_refresh_token", "The refresh token is not valid; log in again.");
        }
    }

    /** The password offered to confirm a sensitive action is wrong. */
    public static final class WrongPassword extends Forbidden {
        public WrongPassword() {
            super("wrong_password", "The password is wrong.");
        }
    }

    /** The account has not verified its email address yet. */
    public static final class EmailNotVerified extends Forbidden {
        public EmailNotVerified() {
            super("email_not_verified", "Verify your email address before logging in.");
        }
    }

    /** A verification or reset token that is unknown, used or expired. */
    public static final class InvalidOneTimeToken extends InvalidInput {
        public InvalidOneTimeToken() {
            super("invalid_or_expired_token", "The token is unknown, used or expired.", List.of());
        }
    }

    /** Someone changed the account at the same time; the caller may retry. */
    public static final class ConcurrentAccountChange extends RuleViolation {
        public ConcurrentAccountChange() {
            super("concurrent_modification", "The account was changed at the same time; try again.");
        }
    }
}
