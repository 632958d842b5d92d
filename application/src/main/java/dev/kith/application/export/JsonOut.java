package dev.kith.application.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * A streaming JSON writer, just what the archive needs: the core may use only the JDK, which has no JSON,
 * and the archive's format belongs to the core (one writer for every adapter). Strings are escaped per RFC
 * 8259 (quote, backslash, every control character, and U+2028/U+2029 for JavaScript readers); nothing is
 * buffered beyond the underlying writer. Not thread-safe.
 */
final class JsonOut {

    private final Writer out;
    /** One entry per open array or object: whether it has a member already (a comma goes before the next). */
    private final Deque<Boolean> open = new ArrayDeque<>();
    private boolean afterName;

    JsonOut(Writer out) {
        this.out = out;
    }

    JsonOut beginArray() {
        beforeValue();
        write("[");
        open.push(false);
        return this;
    }

    JsonOut endArray() {
        open.pop();
        write("]");
        return this;
    }

    JsonOut beginObject() {
        beforeValue();
        write("{");
        open.push(false);
        return this;
    }

    JsonOut endObject() {
        open.pop();
        write("}");
        return this;
    }

    JsonOut name(String name) {
        separate();
        string(name);
        write(":");
        afterName = true;
        return this;
    }

    JsonOut value(String value) {
        if (value == null) {
            return nullValue();
        }
        beforeValue();
        string(value);
        return this;
    }

    JsonOut value(long value) {
        beforeValue();
        write(Long.toString(value));
        return this;
    }

    JsonOut value(boolean value) {
        beforeValue();
        write(Boolean.toString(value));
        return this;
    }

    JsonOut value(Instant value) {
        return value(value == null ? null : value.toString());
    }

    JsonOut nullValue() {
        beforeValue();
        write("null");
        return this;
    }

    /** The text, or {@code null} when empty. */
    JsonOut value(Optional<?> value) {
        return value.isPresent() ? value(value.get().toString()) : nullValue();
    }

    JsonOut field(String name, String value) {
        return name(name).value(value);
    }

    JsonOut field(String name, long value) {
        return name(name).value(value);
    }

    JsonOut field(String name, boolean value) {
        return name(name).value(value);
    }

    JsonOut field(String name, Instant value) {
        return name(name).value(value);
    }

    JsonOut field(String name, Optional<?> value) {
        return name(name).value(value);
    }

    /** Writes each item with {@code item}. */
    <T> JsonOut each(Iterable<T> items, java.util.function.Consumer<T> item) {
        items.forEach(item);
        return this;
    }

    /** Writes pending characters through; the underlying writer stays open. */
    void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
        } else {
            separate();
        }
    }

    private void separate() {
        if (!open.isEmpty()) {
            if (open.peek()) {
                write(",");
            } else {
                open.pop();
                open.push(true);
            }
            if (!afterName) {
                write("\n");
            }
        }
    }

    private void string(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case '\b' -> escaped.append("\\b");
                case '\f' -> escaped.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c) && !pairedAt(text, i)) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        write(escaped.append('"').toString());
    }

    // a lone surrogate cannot be encoded as UTF-8: it is written as an escape instead of a replacement '?'
    private static boolean pairedAt(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
