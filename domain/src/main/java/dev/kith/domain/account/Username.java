package dev.kith.domain.account;

import dev.kith.domain.shared.InvalidInput;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A handle of 3 to 30 ASCII letters, digits and underscores; kept as typed, unique regardless of case.
 */
public record Username(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_]{3,30}");

    public Username {
        if (value == null) {
            throw InvalidInput.field("username", "is required");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw InvalidInput.field("username", "must be 3 to 30 letters, digits or underscores");
        }
    }

    /** The username {@code text} spells, if it has the shape of one; for look-ups, where a malformed name is simply no one. */
    public static Optional<Username> parse(String text) {
        return text != null && SHAPE.matcher(text).matches() ? Optional.of(new Username(text)) : Optional.empty();
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
