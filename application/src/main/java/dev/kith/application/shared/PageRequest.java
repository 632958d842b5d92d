package dev.kith.application.shared;

import dev.kith.domain.shared.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Which page of a keyset-paginated list: up to {@code limit} items (1 to 100, 20 by default) after the
 * opaque {@code cursor} a previous page returned. Lists never use offsets.
 */
public record PageRequest(int limit, Optional<String> cursor) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    private static final String UUID_KEY = "u1:";
    private static final String TEXT_KEY = "s1:";

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
     * Builds the page from rows fetched with a limit one larger than this request's, so a full extra row
     * tells that a next page exists without counting.
     */
    public <K, T> Page<T> page(List<Keyed<K, T>> fetched) {
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
        return limit + 1;
    }

    private static String encode(Object key) {
        String text = (key instanceof String ? TEXT_KEY : UUID_KEY) + key;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<String> decode(String prefix) {
        return cursor.map(value -> {
            String text;
            try {
                text = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw badCursor();
            }
            if (!text.startsWith(prefix) || text.length() > 200) {
                throw badCursor();
            }
            return text.substring(prefix.length());
        });
    }

    private static InvalidInput badCursor() {
        return InvalidInput.field("cursor", "is not a cursor this list returned");
    }
}
