package dev.kith.adapter.javalin;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kith.adapter.javalin.account.AccountPages;
import dev.kith.adapter.javalin.account.AccountRoutes;
import dev.kith.adapter.javalin.content.ContentRoutes;
import dev.kith.adapter.javalin.graph.GraphRoutes;
import dev.kith.adapter.javalin.export.ExportRoutes;
import dev.kith.adapter.javalin.group.GroupRoutes;
import dev.kith.adapter.javalin.internal.BearerAuthentication;
import dev.kith.adapter.javalin.internal.CommonHeaders;
import dev.kith.adapter.javalin.internal.ErrorResponses;
import dev.kith.adapter.javalin.internal.Json;
import dev.kith.adapter.javalin.internal.JsonBodies;
import dev.kith.adapter.javalin.internal.ReadinessProbe;
import dev.kith.adapter.javalin.internal.RequestMetrics;
import dev.kith.adapter.javalin.internal.Routes;
import dev.kith.adapter.javalin.media.MediaRoutes;
import dev.kith.adapter.javalin.notification.NotificationRoutes;
import dev.kith.adapter.javalin.notification.StreamRoutes;
import dev.kith.adapter.javalin.profile.ProfileRoutes;
import dev.kith.adapter.javalin.shared.ServiceRoutes;
import dev.kith.adapter.javalin.story.StoryRoutes;
import dev.kith.application.Kith;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson;
import io.javalin.util.ConcurrencyUtil;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jetty.JettyConnectionMetrics;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.GracefulHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Kith's HTTP API (see {@code /openapi.json}) on Javalin and Jetty, serving one {@link Kith} core.
 *
 * <p>Build it, {@link #start(int)} it, and {@link #stop()} it when the process ends; stopping refuses new
 * requests, closes the real-time sockets (1001) and waits up to {@link HttpSettings#stopTimeout()} for the
 * requests in flight. A server starts once.
 * Thread-safe.
 */
public final class KithHttpServer implements AutoCloseable {

    private static final long IDLE_CONNECTION_SHUTDOWN_MILLIS = 100;
    private static final String OPENAPI_RESOURCE = "/dev/kith/adapter/javalin/openapi.json";

    private final HttpSettings settings;
    private final PrometheusMeterRegistry registry;
    private final ReadinessProbe readiness;
    private final StreamRoutes stream;
    private final Javalin app;

    /**
     * Wires the routes of every context to {@code kith}.
     *
     * @param kith the core whose use cases the routes call
     * @param settings limits and behaviour; {@link HttpSettings#defaults()} for production
     * @param readinessChecks the dependencies {@code /health/ready} checks, by name, in the order to report them
     * @param registry where request timings go, and what {@code /metrics} serves
     */
    public KithHttpServer(Kith kith, HttpSettings settings, Map<String, ReadinessCheck> readinessChecks,
                          PrometheusMeterRegistry registry) {
        Objects.requireNonNull(kith, "kith");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.readiness = new ReadinessProbe(Objects.requireNonNull(readinessChecks, "readinessChecks"),
                settings.readinessTimeout());

        ObjectMapper mapper = Json.mapper(settings.maxRequestBytes());
        JsonBodies bodies = new JsonBodies(mapper, settings.maxRequestBytes());
        BearerAuthentication authentication = new BearerAuthentication(kith.accounts().authenticate());
        this.stream = new StreamRoutes(kith.notifications(), kith.accounts().authenticate(), kith.media().links(), mapper,
                settings.stream());
        // the router exists only once Javalin is built; 405 answers read it per request, long after
        ErrorResponses errors = new ErrorResponses(mapper, () -> javalin().unsafe.internalRouter);
        List<Routes> routes = List.of(
                new ServiceRoutes(readiness, registry, settings.metricsToken(), authentication, errors, openApiDocument(settings)),
                new AccountRoutes(kith.accounts(), kith.media().links(), authentication, bodies, settings.rateLimits()),
                new ProfileRoutes(kith.profiles(), kith.media().links(), authentication, bodies),
                new GraphRoutes(kith.graph(), kith.media().links(), authentication),
                new ContentRoutes(kith.content(), kith.media().links(), authentication, bodies),
                new StoryRoutes(kith.stories(), kith.media().links(), authentication, bodies),
                new GroupRoutes(kith.groups(), kith.content(), kith.media().links(), authentication, bodies),
                new MediaRoutes(kith.media(), authentication, bodies),
                new NotificationRoutes(kith.notifications(), kith.media().links(), authentication, bodies),
                new ExportRoutes(kith.exports(), authentication),
                stream,
                new AccountPages());
        RequestMetrics metrics = new RequestMetrics(registry);
        this.app = Javalin.create(cfg -> configure(cfg, mapper, errors, metrics, routes));
    }

    private void configure(JavalinConfig cfg, ObjectMapper mapper, ErrorResponses errors, RequestMetrics metrics,
                           List<Routes> routes) {
        boolean virtualThreads = settings.virtualThreads() && Runtime.version().feature() >= 21;
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.concurrency.useVirtualThreads = virtualThreads;
        cfg.jetty.threadPool = ConcurrencyUtil.jettyThreadPool("JettyServerThreadPool",
                Math.min(HttpSettings.MIN_THREADS, settings.maxThreads()), settings.maxThreads(), virtualThreads);
        cfg.http.maxRequestSize = settings.maxRequestBytes();
        cfg.http.prefer405over404 = true;
        cfg.http.defaultContentType = "application/json";
        cfg.jsonMapper(new JavalinJackson(mapper, virtualThreads));
        cfg.jetty.modifyServer(server -> {
            // Jetty 12 drains in-flight requests on stop only through a GracefulHandler and a stop timeout
            server.insertHandler(new GracefulHandler());
            server.setStopTimeout(settings.stopTimeout().toMillis());
        });
        // Javalin parses URIs with Jetty's LEGACY compliance, which decodes the non-standard %uXXXX; Javalin's
        // own path-parameter decoding (java.net.URLDecoder) then throws on it, a 500. Jetty refuses it instead,
        // a 400 problem like any other URI it cannot take.
        cfg.jetty.modifyHttpConfiguration(http -> http.setUriCompliance(
                http.getUriCompliance().without("KITH", UriCompliance.Violation.UTF16_ENCODINGS)));
        if (settings.trustForwardedHeaders()) {
            cfg.jetty.modifyHttpConfiguration(http -> http.addCustomizer(new ForwardedRequestCustomizer()));
        }
        errors.install(cfg);
        cfg.routes.before(ctx -> {
            metrics.start(ctx);
            CommonHeaders.apply(ctx);
        });
        cfg.routes.after(ctx -> {
            if (ctx.statusCode() == 204) {
                // no content has no type: the default one would tell clients to parse an empty body as JSON
                ctx.res().setContentType(null);
            }
            metrics.finish(ctx);
        });
        routes.forEach(route -> route.addTo(cfg.routes));
    }

    /** Listens on every interface at {@code port}; 0 picks a free port, which {@link #port()} then tells. */
    public KithHttpServer start(int port) {
        return start(null, port);
    }

    /** Listens on {@code host} (null for every interface) at {@code port}. */
    public KithHttpServer start(String host, int port) {
        app.start(host, port);
        Server server = app.jettyServer().server();
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof AbstractConnector abstractConnector) {
                // on stop, idle keep-alive connections would otherwise hold the shutdown for a second
                abstractConnector.setShutdownIdleTimeout(IDLE_CONNECTION_SHUTDOWN_MILLIS);
            }
        }
        JettyConnectionMetrics.addToAllConnectors(server, registry);
        new JettyServerThreadPoolMetrics(server.getThreadPool(), Tags.empty()).bindTo(registry);
        return this;
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** Stops taking requests, lets those in flight finish (up to the stop timeout) and releases the port. */
    public void stop() {
        try {
            stream.close();  // real-time clients hear 1001 and reconnect elsewhere before the port closes
            app.stop();
        } finally {
            readiness.close();
        }
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /** The underlying Javalin, for embedders that need to reach past this API; its routes are already set. */
    public Javalin javalin() {
        return app;
    }

    /** The kept document, naming this server's public address as the default of its server URL. */
    private static byte[] openApiDocument(HttpSettings settings) {
        try (InputStream in = KithHttpServer.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + OPENAPI_RESOURCE);
            }
            byte[] kept = in.readAllBytes();
            if (settings.publicBaseUrl().isEmpty()) {
                return kept;
            }
            ObjectMapper json = new ObjectMapper();
            ObjectNode document = (ObjectNode) json.readTree(kept);
            ((ObjectNode) document.at("/servers/0/variables/baseUrl"))
                    .put("default", settings.publicBaseUrl().get().toString().replaceAll("/+$", ""));
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
