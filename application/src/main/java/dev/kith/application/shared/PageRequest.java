package dev.kith.application.shared;

import dev.kith.domain.shared.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * Which page of a keyset-paginated list: up to {@code limit} items (1 to 100, 20 by default) after the
 * opaque {@code cursor} a previous page of the same list returned. Lists never use offsets.
 *
 * <p>A use case reads the request {@link #in(String, Object) in its list}: a cursor names the list it came
 * from (its kind, and a checksum of whose or which it is), so a cursor of one list is refused by another.
 * The checksum is not a secret or a signature: a cursor only says where to resume, and every list still
 * applies its visibility rules; binding it stops a client from silently paging a list from a key of another.
 */
public record PageRequest(int limit, Optional<String> cursor) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    // Version 2 cursors name their list; version 1 (u1:, s1:) did not and are refused.
    private static final String UUID_KEY = "u2:";
    private static final String TEXT_KEY = "s2:";
    // a group search key is a lower-cased name (up to 1,000 characters, each up to two UTF-16 units, some
    // wider once lower-cased) and an id
    private static final int MAX_DECODED_LENGTH = 8_192;
    private static final Pattern KIND = Pattern.compile("[a-z][a-z_]{0,19}");

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInput.field("limit", "must be between 1 and " + MAX_LIMIT);
        }
        cursor = cursor.filter(c -> !c.isEmpty());
    }

    /** The first page with the default limit. */
    public static PageRequest first() {
        return new PageRequest(DEFAULT_LIMIT, Optional.empty());
    }

    /** Reads the {@code limit} and {@code cursor} query parameters as a client sent them; either may be null. */
    public static PageRequest parse(String limit, String cursor) {
        int parsed = DEFAULT_LIMIT;
        if (limit != null) {
            try {
                parsed = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                throw InvalidInput.field("limit", "must be a whole number between 1 and " + MAX_LIMIT);
            }
        }
        return new PageRequest(parsed, Optional.ofNullable(cursor));
    }

    /**
     * This request as a page of the list of {@code kind} that belongs to {@code owner}: an id record (whose
     * {@code toString()} is its value) or the text that selects the list, e.g. a search prefix. A list that
     * is the actor's own (its blocks, its home timeline) belongs to the actor.
     *
     * @param kind the list's kind, 1 to 20 lower-case letters or underscores, e.g. {@code followers}
     */
    public InList in(String kind, Object owner) {
        return new InList(this, tag(kind, Objects.requireNonNull(owner, "owner").toString()));
    }

    // kind.checksum: short, and a different tag for every two lists a client could mix up in practice.
    private static String tag(String kind, String owner) {
        Objects.requireNonNull(kind, "kind");
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("a list kind is 1 to 20 lower-case letters or underscores: " + kind);
        }
        CRC32 crc = new CRC32();
        crc.update(owner.getBytes(StandardCharsets.UTF_8));
        return kind + "." + String.format("%08x", crc.getValue());
    }

    /**
     * A {@link PageRequest} read as a page of one list: it reads only the cursors that this list wrote and
     * writes cursors that only this list reads.
     */
    public static final class InList {

        private final PageRequest request;
        private final String tag;

        private InList(PageRequest request, String tag) {
            this.request = request;
            this.tag = tag;
        }

        /** The id the page starts after, for lists ordered by a time-ordered id. */
        public Optional<UUID> afterId() {
            return decode(UUID_KEY).map(text -> {
                try {
                    return UUID.fromString(text);
                } catch (IllegalArgumentException e) {
                    throw badCursor();
                }
            });
        }

        /** The text key the page starts after, for lists ordered by text. */
        public Optional<String> afterText() {
            return decode(TEXT_KEY);
        }

        /**
         * Builds the page from rows fetched with a limit one larger than the request's, so a full extra row
         * tells that a next page exists without counting.
         */
        public <K, T> Page<T> page(List<Keyed<K, T>> fetched) {
            int limit = request.limit();
            boolean more = fetched.size() > limit;
            List<Keyed<K, T>> shown = more ? fetched.subList(0, limit) : fetched;
            Optional<String> next = more ? Optional.of(encode(shown.get(shown.size() - 1).key())) : Optional.empty();
            return new Page<>(shown.stream().map(Keyed::value).toList(), next);
        }

        /** As {@link #page(List)}, for rows that carry their own key. */
        public <K, T> Page<T> pageOf(List<T> fetched, Function<T, K> key) {
            return page(fetched.stream().map(item -> new Keyed<>(key.apply(item), item)).toList());
        }

        /** How many rows to fetch: one more than the page shows. */
        public int fetchSize() {
            return request.limit() + 1;
        }

        private String encode(Object key) {
            String text = (key instanceof String ? TEXT_KEY : UUID_KEY) + tag + ":" + key;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }

        private Optional<String> decode(String type) {
            String prefix = type + tag + ":";
            return request.cursor().map(value -> {
                String text;
                try {
                    text = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    throw badCursor();
                }
                if (!text.startsWith(prefix) || text.length() > MAX_DECODED_LENGTH) {
                    throw badCursor();
                }
                return text.substring(prefix.length());
            });
        }
    }

    private static InvalidInput badCursor() {
        return InvalidInput.field("cursor", "is not a cursor this list returned");
    }
}
