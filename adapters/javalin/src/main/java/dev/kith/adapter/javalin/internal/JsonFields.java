package dev.kith.adapter.javalin.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kith.application.shared.Change;
import dev.kith.domain.shared.FieldError;
import dev.kith.domain.shared.InvalidInput;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of one JSON object body, read by type. Type errors and unknown fields are collected so the
 * caller hears about all of them at once from {@link #requireValid()}; the values' meaning (lengths,
 * shapes, required-ness) is left to the use case. Not thread-safe: one per request.
 */
public final class JsonFields {

    private final ObjectNode body;
    private final List<FieldError> errors = new ArrayList<>();

    JsonFields(ObjectNode body, Set<String> allowedFields) {
        this.body = body;
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowedFields.contains(name)) {
                errors.add(new FieldError(printable(name), "is not a known field"));
            }
        }
    }

    /**
     * A string field; {@code null} when absent or JSON null, so the use case can say it is required.
     */
    public String string(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldError(field, "must be a string"));
            return null;
        }
        return wellFormed(field, value.textValue());
    }

    /** An optional string: absent or JSON null is empty; any other type is an error. */
    public Optional<String> optionalString(String field) {
        return Optional.ofNullable(string(field));
    }

    /**
     * A list of strings: absent or JSON null is the empty list; anything but an array of strings is an
     * error naming the field.
     */
    public List<String> stringList(String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            errors.add(new FieldError(field, "must be an array of strings"));
            return List.of();
        }
        List<String> items = new ArrayList<>(value.size());
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                errors.add(new FieldError(field, "must be an array of strings"));
                return List.of();
            }
            String text = wellFormed(field, item.textValue());
            if (text == null) {
                return List.of();
            }
            items.add(text);
        }
        return List.copyOf(items);
    }

    /** A field of a partial update: absent keeps, JSON null clears, a string sets. */
    public Change<String> change(String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return Change.keep();
        }
        if (value.isNull()) {
            return Change.clear();
        }
        if (!value.isTextual()) {
            errors.add(new FieldError(field, "must be a string or null"));
            return Change.keep();
        }
        String text = wellFormed(field, value.textValue());
        return text == null ? Change.keep() : Change.set(text);
    }

    /** An optional boolean: absent is empty; null or any other type is an error. */
    public Optional<Boolean> optionalBoolean(String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            errors.add(new FieldError(field, "must be true or false"));
            return Optional.empty();
        }
        return Optional.of(value.booleanValue());
    }

    /** Throws one {@link InvalidInput} naming every field that failed so far, if any did. */
    public void requireValid() {
        if (!errors.isEmpty()) {
            throw InvalidInput.fields(errors);
        }
    }

    /** Unpaired surrogates are not text; nothing downstream should have to store or hash them. */
    private String wellFormed(String field, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                errors.add(new FieldError(field, "must be valid Unicode text"));
                return null;
            }
        }
        return text;
    }

    /** Echoing a hostile field name back must not echo a megabyte or a broken string. */
    private static String printable(String name) {
        StringBuilder out = new StringBuilder();
        name.codePoints().limit(64).forEach(cp -> out.appendCodePoint(
                Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE ? '\uFFFD' : cp));
        return name.codePointCount(0, name.length()) > 64 ? out + "…" : out.toString();
    }
}
