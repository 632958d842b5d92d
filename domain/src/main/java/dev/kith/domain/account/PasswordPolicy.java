package dev.kith.domain.account;

import dev.kith.domain.shared.InvalidInput;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a newly chosen password must not be, beyond the length that {@link Password} checks: one of the
 * 10,000 most common breached passwords, or the account's own username, email address or the email's local
 * part (each ignoring case), as OWASP ASVS 5.0 (V6.2) asks. No composition rules, on purpose.
 */
public final class PasswordPolicy {

    static final String COMMON_PASSWORDS = "common-passwords.txt";

    private PasswordPolicy() {
    }

    /**
     * Refuses a password that is the account's username, its email address or that address's local part,
     * ignoring case; {@code field} names the input in the error.
     *
     * @return {@code password}, when it is none of them
     * @throws InvalidInput on {@code field} otherwise
     */
    public static Password requireUnlike(String field, Password password, Username username, EmailAddress email) {
        String chosen = password.reveal().toLowerCase(Locale.ROOT);
        String address = email.canonical();
        String local = address.substring(0, address.lastIndexOf('@'));
        if (chosen.equals(username.canonical()) || chosen.equals(address) || chosen.equals(local)) {
            throw InvalidInput.field(field, "must not be your username or email address");
        }
        return password;
    }

    /** Refuses a normalized password that is among the most common ones, ignoring case. */
    static void requireUncommon(String field, String normalized) {
        if (isCommon(normalized)) {
            throw InvalidInput.field(field, "is one of the most common passwords; choose one that is harder to guess");
        }
    }

    /** Whether the password, ignoring case, is on the list of common passwords. */
    static boolean isCommon(String password) {
        return Common.PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
    }

    /** How many passwords the list of common passwords holds. */
    static int commonCount() {
        return Common.PASSWORDS.size();
    }

    /** The list, read once on first use; the JVM's class initialization makes that lazy and thread-safe. */
    private static final class Common {

        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS);
            if (in == null) {
                throw new IllegalStateException("the resource " + COMMON_PASSWORDS + " is missing from the class path");
            }
            Set<String> passwords = new HashSet<>(16_384);
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        passwords.add(line.toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + COMMON_PASSWORDS, e);
            }
            return Collections.unmodifiableSet(passwords);
        }
    }
}
