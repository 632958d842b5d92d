package dev.kith.application.media;

import dev.kith.application.media.port.MediaStorage;
import dev.kith.application.media.port.StorageKey;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes the expiring links under which media files are fetched, and checks the server's. A store that
 * serves files itself (S3) answers a presigned URL; otherwise the link points at the server,
 * {@code {publicBaseUrl}/media/{key}?expires={epoch seconds}&signature={HMAC-SHA256}}, which the server
 * serves only while it is valid. Links are handed out only to those the visibility policy lets see the
 * media, and expire: at the end of the next full hour (so a link is stable, and cacheable, within an hour,
 * and valid for one to two hours), or sooner when what holds the media expires sooner (a story).
 * Thread-safe.
 */
public final class MediaLinks {

    private static final String MAC = "HmacSHA256";

    private final MediaStorage storage;
    private final URI base;
    private final SecretKeySpec key;
    private final Clock clock;

    MediaLinks(MediaStorage storage, URI publicBaseUrl, byte[] linkKey, Clock clock) {
        this.storage = Objects.requireNonNull(storage, "storage");
        String base = publicBaseUrl.toString();
        this.base = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.key = new SecretKeySpec(linkKey, MAC);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A link to the file under {@code file}, valid for one to two hours. */
    public URI url(StorageKey file) {
        return url(file, Instant.MAX);
    }

    /** A link to the file under {@code file}, valid for one to two hours but never past {@code notAfter}. */
    public URI url(StorageKey file, Instant notAfter) {
        Instant expires = expiry(clock.instant());
        if (notAfter.isBefore(expires)) {
            expires = notAfter.truncatedTo(ChronoUnit.SECONDS);
        }
        Instant until = expires;
        return storage.directUrl(file, until).orElseGet(() -> URI.create(base + "/media/" + file.value()
                + "?expires=" + until.getEpochSecond() + "&signature=" + signature(file, until.getEpochSecond())));
    }

    /**
     * Whether a server link's {@code expires} and {@code signature} are the ones this node makes for
     * {@code file}, and it has not expired.
     */
    public boolean permits(StorageKey file, long expires, String signature) {
        // compared as numbers: an absurd expiry is a bad link (404), never a date-time failure (500)
        if (signature == null || expires < clock.instant().getEpochSecond()) {
            return false;
        }
        return MessageDigest.isEqual(signature(file, expires).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** How long a link that expires at {@code expires} (epoch seconds) still works; zero once expired. */
    Duration validFor(long expires) {
        Duration left = Duration.between(clock.instant(), Instant.ofEpochSecond(expires));
        return left.isNegative() ? Duration.ZERO : left;
    }

    // the end of the hour after the current one: links minted within one hour are the same
    static Instant expiry(Instant now) {
        return now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(2));
    }

    private String signature(StorageKey file, long expires) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(key);
            byte[] sum = mac.doFinal((file.value() + "\n" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sum);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
