package dev.kith.adapter.javalin;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the HTTP server behaves; {@link #defaults()} suits production, and each {@code with...} method
 * returns a copy with one setting changed.
 *
 * @param maxRequestBytes the largest request body accepted; larger ones get 413 {@code payload_too_large}
 * @param rateLimits the per-address limits of the authentication endpoints
 * @param virtualThreads serve requests on virtual threads when the runtime has them (JDK 21+); ignored on 17
 * @param stopTimeout how long {@link KithHttpServer#stop()} waits for requests in flight to finish
 * @param readinessTimeout how long {@code /health/ready} waits for its checks before calling them down
 * @param trustForwardedHeaders take the client address from {@code Forwarded} / {@code X-Forwarded-For};
 *                              only behind a proxy that sets them, or clients could pick their own address
 * @param metricsToken a static bearer token that unlocks {@code /metrics} for a scraper; without one,
 *                     {@code /metrics} takes a signed-in account's access token
 */
public record HttpSettings(long maxRequestBytes, RateLimitSettings rateLimits, boolean virtualThreads,
                           Duration stopTimeout, Duration readinessTimeout, boolean trustForwardedHeaders,
                           Optional<String> metricsToken) {

    /** One mebibyte, the default request body limit. */
    public static final long ONE_MIB = 1024 * 1024;

    public HttpSettings {
        Objects.requireNonNull(rateLimits, "rateLimits");
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        Objects.requireNonNull(readinessTimeout, "readinessTimeout");
        Objects.requireNonNull(metricsToken, "metricsToken");
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("maxRequestBytes must be positive");
        }
        if (stopTimeout.isNegative() || readinessTimeout.isNegative() || readinessTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (metricsToken.isPresent() && metricsToken.get().length() < 16) {
            throw new IllegalArgumentException("a metrics token needs at least 16 characters");
        }
    }

    /**
     * 1 MiB bodies, {@link RateLimitSettings#defaults()}, virtual threads where available, 10 s to drain
     * on stop, 2 s for readiness checks, no proxy headers trusted, no metrics token.
     */
    public static HttpSettings defaults() {
        return new HttpSettings(ONE_MIB, RateLimitSettings.defaults(), true, Duration.ofSeconds(10),
                Duration.ofSeconds(2), false, Optional.empty());
    }

    public HttpSettings withMaxRequestBytes(long value) {
        return new HttpSettings(value, rateLimits, virtualThreads, stopTimeout, readinessTimeout,
                trustForwardedHeaders, metricsToken);
    }

    public HttpSettings withRateLimits(RateLimitSettings value) {
        return new HttpSettings(maxRequestBytes, value, virtualThreads, stopTimeout, readinessTimeout,
                trustForwardedHeaders, metricsToken);
    }

    public HttpSettings withVirtualThreads(boolean value) {
        return new HttpSettings(maxRequestBytes, rateLimits, value, stopTimeout, readinessTimeout,
                trustForwardedHeaders, metricsToken);
    }

    public HttpSettings withStopTimeout(Duration value) {
        return new HttpSettings(maxRequestBytes, rateLimits, virtualThreads, value, readinessTimeout,
                trustForwardedHeaders, metricsToken);
    }

    public HttpSettings withReadinessTimeout(Duration value) {
        return new HttpSettings(maxRequestBytes, rateLimits, virtualThreads, stopTimeout, value,
                trustForwardedHeaders, metricsToken);
    }

    public HttpSettings withTrustForwardedHeaders(boolean value) {
        return new HttpSettings(maxRequestBytes, rateLimits, virtualThreads, stopTimeout, readinessTimeout,
                value, metricsToken);
    }

    public HttpSettings withMetricsToken(String value) {
        return new HttpSettings(maxRequestBytes, rateLimits, virtualThreads, stopTimeout, readinessTimeout,
                trustForwardedHeaders, Optional.of(value));
    }

    @Override
    public String toString() {
        return "HttpSettings[maxRequestBytes=" + maxRequestBytes + ", rateLimits=" + rateLimits
                + ", virtualThreads=" + virtualThreads + ", stopTimeout=" + stopTimeout
                + ", readinessTimeout=" + readinessTimeout + ", trustForwardedHeaders=" + trustForwardedHeaders
                + ", metricsToken=" + (metricsToken.isPresent() ? "***" : "none") + "]";
    }
}
