package dev.kith.domain.account;

import dev.kith.domain.shared.InvalidInput;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address of the everyday shape {@code local@domain.tld}, at most 254 characters; kept as typed,
 * unique regardless of case.
 */
public record EmailAddress(String value) {

    private static final Pattern SHAPE =
            Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    public EmailAddress {
        if (value == null) {
            throw InvalidInput.field("email", "is required");
        }
        value = value.strip();
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw InvalidInput.field("email", "must be a valid email address");
        }
    }

    /** The form used for uniqueness and look-ups. */
    public String canonical() {
        return value.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
