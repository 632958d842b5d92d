package dev.kith.domain.account;

import dev.kith.domain.shared.InvalidInput;
import java.text.Normalizer;

/**
 * A plain-text password as the user typed it: 8 to 256 characters (code points, after NFKC normalization
 * so the same password typed on different keyboards matches), not one of the most common passwords (see
 * {@link PasswordPolicy}), no composition rules. Never logged.
 */
public final class Password {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 256;

    private final String value;

    private Password(String value) {
        this.value = value;
    }

    /**
     * Validates a new password: its length, and that it is not among the most common passwords; {@code field}
     * names the input in errors. Where the account is known, also check it with
     * {@link PasswordPolicy#requireUnlike(String, Password, Username, EmailAddress)}.
     */
    public static Password of(String field, String raw) {
        if (raw == null) {
            throw InvalidInput.field(field, "is required");
        }
        String normalized = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        int length = normalized.codePointCount(0, normalized.length());
        if (length < MIN_LENGTH) {
            throw InvalidInput.field(field, "must be at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            throw InvalidInput.field(field, "must be at most " + MAX_LENGTH + " characters");
        }
        if (normalized.indexOf('\0') >= 0) {
            throw InvalidInput.field(field, "must not contain NUL characters");
        }
        PasswordPolicy.requireUncommon(field, normalized);
        return new Password(normalized);
    }

    /**
     * A password offered at login: normalized the same way but not held to today's length rules,
     * so a wrong guess is just a wrong guess. Absurdly long input is cut off to bound hashing work.
     */
    public static Password offered(String raw) {
        String normalized = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFKC);
        return new Password(normalized.length() > 4 * MAX_LENGTH ? normalized.substring(0, 4 * MAX_LENGTH) : normalized);
    }

    /** The normalized text, for the password hasher only. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "Password[***]";
    }
}
