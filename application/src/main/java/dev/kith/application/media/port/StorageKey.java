package dev.kith.application.media.port;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a stored object lives, such as {@code media/6f/6f1c…e2/original.jpg}: slash-separated segments
 * of letters, digits, {@code _} and {@code -}, the last of which may end in one {@code .ext}. Nothing
 * else is allowed (no {@code .} or {@code ..} segment, no empty segment, no leading slash, no
 * backslash, no percent sign), so no key can name a place outside the store's own directory or prefix.
 */
public record StorageKey(String value) {

    /** The longest key, well under every store's limit (S3 allows 1024 bytes, file names 255). */
    public static final int MAX_LENGTH = 200;

    private static final String SEGMENT = "[A-Za-z0-9_-]+";
    private static final Pattern SHAPE = Pattern.compile("(" + SEGMENT + "/)*" + SEGMENT + "(\\.[A-Za-z0-9]{1,16})?");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,128}");
    private static final Pattern NAME = Pattern.compile(SEGMENT + "(\\.[A-Za-z0-9]{1,16})?");

    /** @throws IllegalArgumentException when {@code value} is not a key of the shape above */
    public StorageKey {
        Objects.requireNonNull(value, "value");
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a storage key has at most " + MAX_LENGTH + " characters");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a storage key: " + printable(value));
        }
    }

    /**
     * A new key {@code media/<first two characters of token>/<token>/<name>}, unguessable because the
     * token is, spread over directories by its first characters.
     *
     * @param token a fresh random string of 16 to 128 URL-safe characters, such as a revealed
     *     {@code SecretGenerator} secret; the core makes no randomness of its own
     * @param name the object's name inside its directory, such as {@code original.jpg} or {@code thumb-320.webp}
     * @throws IllegalArgumentException when the token or the name has another shape
     */
    public static StorageKey fresh(String token, String name) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(name, "name");
        if (!TOKEN.matcher(token).matches()) {
            throw new IllegalArgumentException("a storage key token is 16 to 128 characters of A-Z, a-z, 0-9, _ and -");
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an object name: " + printable(name));
        }
        return new StorageKey("media/" + token.substring(0, 2) + "/" + token + "/" + name);
    }

    private static String printable(String text) {
        String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return '"' + shown.replaceAll("\\p{Cntrl}", "?") + '"';
    }

    @Override
    public String toString() {
        return value;
    }
}
