package dev.kith.adapter.javalin.shared;

import dev.kith.adapter.javalin.internal.BearerAuthentication;
import dev.kith.adapter.javalin.internal.ErrorResponses;
import dev.kith.adapter.javalin.internal.ReadinessProbe;
import dev.kith.adapter.javalin.internal.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The service's own endpoints: liveness, readiness, Prometheus metrics and the OpenAPI document. */
public final class ServiceRoutes implements Routes {

    /** Prometheus' text exposition format. */
    public static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final ReadinessProbe readiness;
    private final PrometheusMeterRegistry registry;
    private final Optional<String> metricsToken;
    private final BearerAuthentication authentication;
    private final ErrorResponses errors;
    private final byte[] openApiDocument;

    /**
     * Serves readiness from {@code readiness}, metrics from {@code registry} (to a holder of
     * {@code metricsToken} when there is one, else to any signed-in account), and {@code openApiDocument}
     * as it is.
     */
    public ServiceRoutes(ReadinessProbe readiness, PrometheusMeterRegistry registry, Optional<String> metricsToken,
                         BearerAuthentication authentication, ErrorResponses errors, byte[] openApiDocument) {
        this.readiness = readiness;
        this.registry = registry;
        this.metricsToken = metricsToken;
        this.authentication = authentication;
        this.errors = errors;
        this.openApiDocument = openApiDocument.clone();
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/health/live", this::live);
        routes.get("/health/ready", this::ready);
        routes.get("/metrics", this::metrics);
        routes.get("/openapi.json", this::openApi);
    }

    private void live(Context ctx) {
        ctx.json(new HealthResponse("up", null));
    }

    private void ready(Context ctx) {
        Map<String, String> states = new LinkedHashMap<>();
        readiness.probe().forEach((name, up) -> states.put(name, up ? "up" : "down"));
        if (states.containsValue("down")) {
            String failing = String.join(", ", states.entrySet().stream()
                    .filter(entry -> entry.getValue().equals("down")).map(Map.Entry::getKey).toList());
            errors.write(ctx, ProblemResponse.of(503, "not_ready", "Not ready: " + failing + " is down.")
                    .withChecks(states));
            return;
        }
        ctx.json(new HealthResponse("up", states));
    }

    private void metrics(Context ctx) {
        if (metricsToken.isPresent()) {
            requireMetricsToken(ctx, metricsToken.get());
        } else {
            authentication.signedIn(ctx);
        }
        ctx.contentType(PROMETHEUS_TEXT);
        ctx.result(registry.scrape(PROMETHEUS_TEXT));
    }

    private static void requireMetricsToken(Context ctx, String expected) {
        String presented = BearerAuthentication.bearerToken(ctx);
        boolean matches = presented != null && MessageDigest.isEqual(
                presented.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
        if (!matches) {
            throw new MetricsTokenRequired();
        }
    }

    private void openApi(Context ctx) {
        ctx.contentType("application/json");
        ctx.result(openApiDocument);
    }

    /** The scraper did not present the metrics token. */
    private static final class MetricsTokenRequired extends dev.kith.domain.shared.Unauthenticated {
        MetricsTokenRequired() {
            super("invalid_token", "The metrics token is missing or wrong.");
        }
    }
}
