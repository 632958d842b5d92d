package dev.kith.adapter.javalin.media;

import java.util.Locale;
import java.util.Optional;

/**
 * One byte range of a file of known size, from an HTTP {@code Range} header (RFC 9110 section 14): {@code
 * bytes=first-last}, {@code bytes=first-} or {@code bytes=-suffixLength}.
 *
 * @param first the first byte, from 0
 * @param last the last byte, inclusive
 */
record ByteRange(long first, long last) {

    /** How many bytes it spans. */
    long length() {
        return last - first + 1;
    }

    /** What a {@code Range} header asks of a file of {@code size} bytes. */
    sealed interface Request {
    }

    /** No range, one the server ignores (malformed, not bytes, several ranges): the whole file, 200. */
    record Whole() implements Request {
    }

    /** One satisfiable range: 206. */
    record Partial(ByteRange range) implements Request {
    }

    /** A range that starts past the end: 416. */
    record Unsatisfiable() implements Request {
    }

    /**
     * Reads a {@code Range} header. Several ranges are answered with the whole file (a server may ignore
     * {@code Range}, and multipart/byteranges helps no media player); so are malformed ones.
     */
    static Request parse(String header, long size) {
        if (header == null) {
            return new Whole();
        }
        String value = header.strip();
        if (!value.toLowerCase(Locale.ROOT).startsWith("bytes=")) {
            return new Whole();
        }
        String spec = value.substring("bytes=".length()).strip();
        int dash = spec.indexOf('-');
        if (spec.contains(",") || dash < 0) {
            return new Whole();
        }
        Optional<Long> from = number(spec.substring(0, dash).strip());
        Optional<Long> to = number(spec.substring(dash + 1).strip());
        boolean fromEmpty = spec.substring(0, dash).isBlank();
        boolean toEmpty = spec.substring(dash + 1).isBlank();
        if (fromEmpty) {
            if (toEmpty || to.isEmpty()) {
                return new Whole();
            }
            long suffix = to.get();
            if (suffix == 0 || size == 0) {
                return new Unsatisfiable();
            }
            return new Partial(new ByteRange(Math.max(0, size - suffix), size - 1));
        }
        if (from.isEmpty() || (!toEmpty && to.isEmpty())) {
            return new Whole();
        }
        long first = from.get();
        if (!toEmpty && to.get() < first) {
            return new Whole();
        }
        if (first >= size) {
            return new Unsatisfiable();
        }
        long last = toEmpty ? size - 1 : Math.min(to.get(), size - 1);
        return new Partial(new ByteRange(first, last));
    }

    // digits only; more than a long holds reads as Long.MAX_VALUE (past the end of any file)
    private static Optional<Long> number(String digits) {
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits));
    }
}
