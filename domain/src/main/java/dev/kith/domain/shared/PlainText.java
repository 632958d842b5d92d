package dev.kith.domain.shared;

import java.text.Normalizer;

/**
 * Rules for user-entered text: lengths are counted in code points, as users count characters,
 * and control characters (NUL among them) are refused everywhere but in line breaks and tabs.
 */
public final class PlainText {

    private PlainText() {
    }

    /** Normalizes to NFC and checks length and characters; {@code field} names the input in errors. */
    public static String require(String field, String value, int minCodePoints, int maxCodePoints, boolean multiline) {
        if (value == null) {
            throw InvalidInput.field(field, "is required");
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC);
        int length = text.codePointCount(0, text.length());
        if (length < minCodePoints) {
            throw InvalidInput.field(field, minCodePoints == 1 ? "must not be empty" : "must be at least " + minCodePoints + " characters");
        }
        if (length > maxCodePoints) {
            throw InvalidInput.field(field, "must be at most " + maxCodePoints + " characters");
        }
        if (text.codePoints().anyMatch(cp -> isForbidden(cp, multiline))) {
            throw InvalidInput.field(field, "must not contain control characters");
        }
        return text;
    }

    private static boolean isForbidden(int codePoint, boolean multiline) {
        if (multiline && (codePoint == '\n' || codePoint == '\r' || codePoint == '\t')) {
            return false;
        }
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.SURROGATE || codePoint == 0x2028 || codePoint == 0x2029;
    }
}
