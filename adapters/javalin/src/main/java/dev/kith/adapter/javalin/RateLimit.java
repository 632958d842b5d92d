package dev.kith.adapter.javalin;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One token-bucket limit per client address: up to {@code burst} requests at once, refilled at
 * {@code requests} per {@code period}.
 *
 * @param requests how many requests the bucket regains each period
 * @param period how long refilling {@code requests} takes
 * @param burst how many requests a client with a full bucket may make back to back
 */
public record RateLimit(long requests, Duration period, long burst) {

    private static final Pattern TEXT = Pattern.compile("(\\d+)\\s*/\\s*(\\d*)\\s*(s|sec|m|min|h|hour)(?:\\s*,\\s*burst\\s*=?\\s*(\\d+))?");

    public RateLimit {
        Objects.requireNonNull(period, "period");
        if (requests < 1 || burst < 1) {
            throw new IllegalArgumentException("a rate limit needs at least one request and a burst of one");
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a rate limit's period must be positive");
        }
    }

    /** {@code requests} a minute, all of which may come at once. */
    public static RateLimit perMinute(long requests) {
        return new RateLimit(requests, Duration.ofMinutes(1), requests);
    }

    /** The same rate with another burst size. */
    public RateLimit withBurst(long newBurst) {
        return new RateLimit(requests, period, newBurst);
    }

    /**
     * Reads the form bootstrap takes from the environment: {@code 10/min}, {@code 100/h}, {@code 5/30s},
     * optionally followed by {@code ,burst=20}; the burst defaults to the request count.
     *
     * @throws IllegalArgumentException when the text has another form
     */
    public static RateLimit parse(String text) {
        Matcher m = TEXT.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("a rate limit looks like 10/min, 100/h, 5/30s or 10/min,burst=20: " + text);
        }
        long requests = Long.parseLong(m.group(1));
        long units = m.group(2).isEmpty() ? 1 : Long.parseLong(m.group(2));
        Duration unit = switch (m.group(3)) {
            case "s", "sec" -> Duration.ofSeconds(1);
            case "m", "min" -> Duration.ofMinutes(1);
            default -> Duration.ofHours(1);
        };
        long burst = m.group(4) == null ? requests : Long.parseLong(m.group(4));
        return new RateLimit(requests, unit.multipliedBy(units), burst);
    }
}
