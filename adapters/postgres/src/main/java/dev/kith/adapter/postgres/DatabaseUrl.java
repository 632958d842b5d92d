package dev.kith.adapter.postgres;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a PostgreSQL database is and whom to connect as: a JDBC URL plus optional credentials. Parses
 * both {@code jdbc:postgresql://...} URLs and the {@code postgres://user:password@host:port/db} form
 * that hosting platforms hand out. {@link #toString()} hides the password.
 *
 * @param jdbcUrl  a {@code jdbc:postgresql:} URL
 * @param user     the user, unless the URL or the driver's defaults name it
 * @param password the password, if any
 */
public record DatabaseUrl(String jdbcUrl, Optional<String> user, Optional<String> password) {

    private static final String JDBC_PREFIX = "jdbc:postgresql:";

    public DatabaseUrl {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!jdbcUrl.startsWith(JDBC_PREFIX)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + masked(jdbcUrl));
        }
    }

    /**
     * Reads {@code jdbc:postgresql://host:port/db?params} (taken as is) or
     * {@code postgres[ql]://[user[:password]@]host[:port][,host2[:port2]][/db][?params]}, whose
     * user, password and database may be percent-encoded and whose parameters pass to the driver.
     *
     * @throws IllegalArgumentException when {@code url} is neither
     */
    public static DatabaseUrl parse(String url) {
        Objects.requireNonNull(url, "url");
        String trimmed = url.strip();
        if (trimmed.startsWith(JDBC_PREFIX)) {
            return new DatabaseUrl(trimmed, Optional.empty(), Optional.empty());
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        String rest;
        if (lower.startsWith("postgres://")) {
            rest = trimmed.substring("postgres://".length());
        } else if (lower.startsWith("postgresql://")) {
            rest = trimmed.substring("postgresql://".length());
        } else {
            throw new IllegalArgumentException("expected a jdbc:postgresql:// or postgres:// URL, got: " + masked(trimmed));
        }
        return fromLibpqForm(rest, trimmed);
    }

    /** The same database with these credentials instead of any the URL carried; blank ones are left out. */
    public DatabaseUrl withCredentials(String newUser, String newPassword) {
        return new DatabaseUrl(jdbcUrl, nonBlank(newUser), nonBlank(newPassword));
    }

    @Override
    public String toString() {
        return "DatabaseUrl[" + masked(jdbcUrl) + ", user=" + user.orElse("(default)")
                + ", password=" + (password.isPresent() ? "***" : "(none)") + "]";
    }

    private static DatabaseUrl fromLibpqForm(String rest, String original) {
        String query = "";
        int queryStart = rest.indexOf('?');
        if (queryStart >= 0) {
            query = rest.substring(queryStart);
            rest = rest.substring(0, queryStart);
        }
        String path = "";
        // The authority ends at the first '/' after the user info, which may itself contain '/' only percent-encoded.
        int at = rest.lastIndexOf('@');
        int slash = rest.indexOf('/', at + 1);
        if (slash >= 0) {
            path = rest.substring(slash + 1);
            rest = rest.substring(0, slash);
        }
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        if (at >= 0) {
            String userInfo = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = userInfo.indexOf(':');
            if (colon >= 0) {
                user = nonBlank(decode(userInfo.substring(0, colon), original));
                password = nonBlank(decode(userInfo.substring(colon + 1), original));
            } else {
                user = nonBlank(decode(userInfo, original));
            }
        }
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("no host in " + masked(original));
        }
        String database = decode(path, original);
        // pgjdbc parses the path itself, so the database name is re-encoded only where it must be.
        String jdbc = JDBC_PREFIX + "//" + rest + "/" + encodePath(database) + query;
        return new DatabaseUrl(jdbc, user, password);
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static String decode(String text, String original) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '%') {
                if (i + 2 >= text.length()) {
                    throw new IllegalArgumentException("bad percent-encoding in " + masked(original));
                }
                try {
                    bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("bad percent-encoding in " + masked(original), e);
                }
                i += 3;
            } else {
                int codePoint = text.codePointAt(i);
                byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(codePoint);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String encodePath(String database) {
        StringBuilder out = new StringBuilder();
        for (byte b : database.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    // Hides passwords in user info and in a password= parameter, so URLs can go into logs and errors.
    private static String masked(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("(://[^/@:]*:)[^@/]*@", "$1***@");
    }
}
