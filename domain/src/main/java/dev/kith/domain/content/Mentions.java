package dev.kith.domain.content;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code @username} mentions in text: an {@code @} not preceded by a letter, digit or underscore
 * (so {@code alice@example.com} mentions nobody), then 3 to 30 username characters.
 */
public final class Mentions {

    private static final Pattern MENTION = Pattern.compile("(?<![A-Za-z0-9_])@([A-Za-z0-9_]{3,30})(?![A-Za-z0-9_])");
    private static final int MAX_MENTIONS = 20;

    private Mentions() {
    }

    /** The distinct usernames mentioned, lower-cased, in order of first mention; at most 20. */
    public static Set<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find() && names.size() < MAX_MENTIONS) {
            names.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
