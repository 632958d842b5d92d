package dev.kith.adapter.javalin.internal;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * Times every request into {@code http.server.requests}, tagged with the method, the matched route
 * template (never the raw path, which would make a metric per user name) and the status.
 */
public final class RequestMetrics {

    /** The timer's name; Prometheus shows it as {@code http_server_requests_seconds}. */
    public static final String TIMER = "http.server.requests";

    private static final String STARTED = "kith.startedNanos";

    private final MeterRegistry registry;
    // Route templates and statuses are few, so the timers are: look them up instead of building and
    // registering one per request (which allocates its id and tags every time).
    private final ConcurrentMap<Key, Timer> timers = new ConcurrentHashMap<>();

    /** Records into {@code registry}. */
    public RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Runs before every request. */
    public void start(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
    }

    /** Runs after every request, matched or not, once the status is final. */
    public void finish(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started == null) {
            return;
        }
        timers.computeIfAbsent(new Key(ctx.method().name(), routeTemplate(ctx), ctx.statusCode()), this::register)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    private Timer register(Key key) {
        return Timer.builder(TIMER)
                .description("HTTP requests by route template and status")
                .tag("method", key.method())
                .tag("uri", key.uri())
                .tag("status", Integer.toString(key.status()))
                .register(registry);
    }

    /** A timer's tags. */
    private record Key(String method, String uri, int status) {
    }

    private static String routeTemplate(Context ctx) {
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        // unmatched requests share one tag: scanners must not grow the metric without bound
        return endpoint == null ? "UNMATCHED" : endpoint.path;
    }
}
