package dev.kith.adapter.javalin.internal;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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
        Timer.builder(TIMER)
                .description("HTTP requests by route template and status")
                .tag("method", ctx.method().name())
                .tag("uri", routeTemplate(ctx))
                .tag("status", Integer.toString(ctx.statusCode()))
                .register(registry)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    private static String routeTemplate(Context ctx) {
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        // unmatched requests share one tag: scanners must not grow the metric without bound
        return endpoint == null ? "UNMATCHED" : endpoint.path;
    }
}
