package dev.kith.adapter.javalin;

import java.net.URI;
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
 * @param maxThreads the most platform threads serving requests (Jetty's selectors and acceptor among them);
 *                   requests beyond them wait in Jetty's queue. Requests mostly wait for a database
 *                   connection, so a little more than the connection pool is enough: more threads only
 *                   queue on the pool, and on two cores their switching costs throughput and tail latency
 *                   (docs/performance.md). Ignored on virtual threads.
 * @param publicBaseUrl where clients reach this server, which {@code /openapi.json} names as its server;
 *                   without one, the document's own default ({@code http://localhost:8080})
 * @param stream how the real-time WebSocket behaves
 */
public record HttpSettings(long maxRequestBytes, RateLimitSettings rateLimits, boolean virtualThreads,
                           Duration stopTimeout, Duration readinessTimeout, boolean trustForwardedHeaders,
                           Optional<String> metricsToken, int maxThreads, Optional<URI> publicBaseUrl,
                           StreamSettings stream) {

    /** Javalin's default {@link #maxThreads()}. */
    public static final int DEFAULT_MAX_THREADS = 250;

    /** The fewest {@link #maxThreads()}: Jetty's selectors and acceptor need some of them. */
    public static final int MIN_THREADS = 8;

    /** One mebibyte, the default request body limit. */
    public static final long ONE_MIB = 1024 * 1024;

    public HttpSettings {
        Objects.requireNonNull(rateLimits, "rateLimits");
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        Objects.requireNonNull(readinessTimeout, "readinessTimeout");
        Objects.requireNonNull(metricsToken, "metricsToken");
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        Objects.requireNonNull(stream, "stream");
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("maxRequestBytes must be positive");
        }
        if (stopTimeout.isNegative() || readinessTimeout.isNegative() || readinessTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (metricsToken.isPresent() && metricsToken.get().length() < 16) {
            throw new IllegalArgumentException("a metrics token needs at least 16 characters");
        }
        if (maxThreads < MIN_THREADS) {
            throw new IllegalArgumentException("maxThreads must be at least " + MIN_THREADS + ": " + maxThreads);
        }
    }

    /**
     * 1 MiB bodies, {@link RateLimitSettings#defaults()}, virtual threads where available, 10 s to drain
     * on stop, 2 s for readiness checks, no proxy headers trusted, no metrics token, Javalin's 250 threads,
     * {@link StreamSettings#defaults()}.
     */
    public static HttpSettings defaults() {
        return new HttpSettings(ONE_MIB, RateLimitSettings.defaults(), true, Duration.ofSeconds(10),
                Duration.ofSeconds(2), false, Optional.empty(), DEFAULT_MAX_THREADS, Optional.empty(),
                StreamSettings.defaults());
    }

    public HttpSettings withMaxRequestBytes(long value) {
        return new HttpSettings(value, rateLimits, virtualThreads, stopTimeout, readinessTimeout,
                trustForwardedHeaders, metricsToken, maxThreads, publicBaseUrl, stream);
    }

    public HttpSettings withRateLimits(RateLimitSettings value) {
        return new HttpSettings(maxRequestBytes, value, virtualThreads, stopTimeout, readinessTimeout,
                trustForwardedHeaders, metricsToken, maxThreads, publicBaseUrl, stream);
    }

    public HttpSettings withVirtualThreads(boolean value) {
        return new HttpSettings(maxRequestBytes, rateLimits, value, stopTimeout, readinessTimeout,
                trustForwardedHeaders, metricsToken, maxThreads, publicBaseUrl, stream);
    }

    public HttpSettings withStopTimeout(Duration value) {
        return new HttpSettings(maxRequestBytes, rateLimits, virtualThreads, value, readinessTimeout,
                trustForwardedHeaders, metricsToken, maxThreads, publicBaseUrl, stream);
    }

    public HttpSettings withReadinessTimeout(Duration value) {
        return new HttpSettings(maxRequestBytes, rateLimits, virtualThreads, stopTimeout, value,
                trustForwardedHeaders, metricsToken, maxThreads, publicBaseUrl, stream);
    }

    public HttpSettings withTrustForwardedHeaders(boolean value) {
        return new HttpSettings(maxRequestBytes, rateLimits, virtualThreads, stopTimeout, readinessTimeout,
                value, metricsToken, maxThreads, publicBaseUrl, stream);
    }

    public HttpSettings withMetricsToken(String value) {
        return new HttpSettings(maxRequestBytes, rateLimits, virtualThreads, stopTimeout, readinessTimeout,
                trustForwardedHeaders, Optional.of(value), maxThreads, publicBaseUrl, stream);
    }

    @Override
    public String toString() {
        return "HttpSettings[maxRequestBytes=" + maxRequestBytes + ", rateLimits=" + rateLimits
                + ", virtualThreads=" + virtualThreads + ", stopTimeout=" + stopTimeout
                + ", readinessTimeout=" + readinessTimeout + ", trustForwardedHeaders=" + trustForwardedHeaders
                + ", metricsToken=" + (metricsToken.isPresent() ? "***" : "none") + ", maxThreads=" + maxThreads + ", publicBaseUrl=" + publicBaseUrl.map(URI::toString).orElse("-") + ", stream=" + stream + "]";
    }

    public HttpSettings withMaxThreads(int value) {
        return new HttpSettings(maxRequestBytes, rateLimits, virtualThreads, stopTimeout, readinessTimeout,
                trustForwardedHeaders, metricsToken, value, publicBaseUrl, stream);
    }

    /** These settings with the base URL the API document names as its server (the server's public address). */
    public HttpSettings withPublicBaseUrl(URI value) {
        return new HttpSettings(maxRequestBytes, rateLimits, virtualThreads, stopTimeout, readinessTimeout,
                trustForwardedHeaders, metricsToken, maxThreads, Optional.of(value), stream);
    }

    /** These settings with the real-time WebSocket's behaviour changed. */
    public HttpSettings withStream(StreamSettings value) {
        return new HttpSettings(maxRequestBytes, rateLimits, virtualThreads, stopTimeout, readinessTimeout,
                trustForwardedHeaders, metricsToken, maxThreads, publicBaseUrl, value);
    }
}
