package dev.kith.bootstrap;

import dev.kith.adapter.crypto.Argon2Parameters;
import dev.kith.adapter.crypto.Argon2PasswordHasher;
import dev.kith.adapter.crypto.SecureRandomSecretGenerator;
import dev.kith.adapter.crypto.UuidV7IdGenerator;
import dev.kith.adapter.filesystem.FileSystemMediaStorage;
import dev.kith.adapter.javalin.HttpSettings;
import dev.kith.adapter.javalin.KithHttpServer;
import dev.kith.adapter.javalin.ReadinessCheck;
import dev.kith.adapter.inmemory.notification.InProcessRealtimePublisher;
import dev.kith.adapter.jwt.JwtTokenIssuer;
import dev.kith.adapter.media.ImageIoMediaProcessor;
import dev.kith.adapter.postgres.DatabaseUrl;
import dev.kith.adapter.postgres.EmbeddedPostgres;
import dev.kith.adapter.postgres.PostgresAdapters;
import dev.kith.adapter.postgres.PostgresDatabase;
import dev.kith.adapter.postgres.PostgresFailure;
import dev.kith.adapter.postgres.account.PostgresRevokedLogins;
import dev.kith.adapter.postgres.content.PostgresHomeFeedHorizon;
import dev.kith.adapter.redis.RedisRealtimePublisher;
import dev.kith.adapter.redis.RedisSettings;
import dev.kith.adapter.s3.S3MediaStorage;
import dev.kith.adapter.s3.S3Settings;
import dev.kith.adapter.smtp.EmlFileMailSender;
import dev.kith.adapter.smtp.SmtpMailSender;
import dev.kith.adapter.smtp.SmtpSettings;
import dev.kith.application.Kith;
import dev.kith.application.account.port.PasswordHasher;
import dev.kith.application.account.port.RevokedLogins;
import dev.kith.application.account.port.TokenIssuer;
import dev.kith.application.media.MediaSettings;
import dev.kith.application.media.port.MediaStorage;
import dev.kith.application.notification.port.RealtimePublisher;
import dev.kith.application.shared.port.MailSender;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kith server: the core wired by hand to PostgreSQL, SMTP (or .eml files), JWT, Argon2id and the
 * Javalin HTTP adapter, with the outbox relay running in the background. Stateless apart from
 * {@code DATA_DIR}'s embedded defaults, so several nodes can share one database.
 */
public final class KithServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KithServer.class);
    private static final Duration RELAY_INTERVAL = Duration.ofSeconds(1);
    /** How soon a token revoked on another node stops working here. */
    private static final Duration REVOCATION_POLL = Duration.ofSeconds(1);
    /** How often each node deletes the uploads attached to nothing for a day. */
    private static final Duration MEDIA_PURGE_INTERVAL = Duration.ofMinutes(5);
    /** How often each node reads the stream log anyway, in case a wake-up was lost. */
    private static final Duration STREAM_POLL = Duration.ofSeconds(1);

    private final Deque<AutoCloseable> resources;
    private final Kith kith;
    private final KithHttpServer http;
    private final URI publicBaseUrl;
    private final Jdbi jdbi;

    private KithServer(Deque<AutoCloseable> resources, Kith kith, KithHttpServer http, URI publicBaseUrl, Jdbi jdbi) {
        this.resources = resources;
        this.jdbi = jdbi;
        this.kith = kith;
        this.http = http;
        this.publicBaseUrl = publicBaseUrl;
    }

    /**
     * Starts a server: checks the port is free (0 picks a free one), connects to (or starts) the database,
     * migrates it, and listens. On failure everything started so far is stopped.
     *
     * @throws StartupFailure when the port is in use or the external database can't be reached
     * @throws dev.kith.adapter.postgres.DirectoryInUse when another Kith runs on the same {@code DATA_DIR}
     */
    public static KithServer start(Settings settings) {
        return start(settings, Clock.systemUTC());
    }

    static KithServer start(Settings requested, Clock clock) {
        // before the database starts and migrates: a port in use fails the start in a moment, and PORT=0
        // is resolved now, so that links in mail carry the port actually listened on
        Settings settings = requested.onPort(Ports.claim(requested.bindAddress(), requested.port()));
        Deque<AutoCloseable> resources = new ArrayDeque<>();
        try {
            Files.createDirectories(settings.dataDir());
            DatabaseUrl url;
            if (settings.databaseUrl().isPresent()) {
                url = DatabaseUrl.parse(settings.databaseUrl().get());
            } else {
                EmbeddedPostgres embedded = EmbeddedPostgres.start(settings.dataDir().resolve("postgres"));
                resources.push(embedded::close);
                url = embedded.url();
                LOG.info("embedded PostgreSQL runs on port {} with its data in {}", embedded.port(), settings.dataDir().resolve("postgres"));
            }
            PostgresDatabase database = connect(url, settings);
            resources.push(database::close);
            PostgresRevokedLogins revokedLogins = new PostgresRevokedLogins(database.jdbi()).startPolling(REVOCATION_POLL);
            resources.push(revokedLogins);
            RealtimePublisher publisher = realtimePublisher(settings);
            resources.push(publisher);
            Kith kith = core(settings, clock, database.jdbi(), revokedLogins, publisher);

            Map<String, ReadinessCheck> readiness = new LinkedHashMap<>();
            readiness.put("database", database.health()::isReachable);
            if (settings.redisUrl().isPresent()) {
                readiness.put("redis", publisher::healthy);
            }
            KithHttpServer http = new KithHttpServer(kith, httpSettings(settings), readiness, metrics(kith));
            resources.push(new OutboxRelayLoop(kith.outboxRelay(), RELAY_INTERVAL));
            resources.push(new StreamDelivery(kith.notifications().streams(), publisher, STREAM_POLL));
            PostgresHomeFeedHorizon feeds = new PostgresHomeFeedHorizon(database.jdbi(), Duration.ofDays(settings.homeFeedDays()));
            Housekeeping.cleanScratch(kith.media().settings().scratch(), clock.instant());
            resources.push(new Housekeeping(kith, feeds, clock, Duration.ofMinutes(1), Duration.ofHours(1),
                    MEDIA_PURGE_INTERVAL));
            Ports.listen(() -> http.start(settings.bindAddress().orElse(null), settings.port()), settings.port());
            resources.push(http::stop);
            // first of all on stopping: each client is told to reconnect (elsewhere) while the server still runs
            resources.push(kith.notifications().streams()::closeAll);
            return new KithServer(resources, kith, http, settings.publicBaseUrl(), database.jdbi());
        } catch (IOException e) {
            closeAll(resources);
            throw new UncheckedIOException("cannot create DATA_DIR " + settings.dataDir(), e);
        } catch (RuntimeException | Error e) {
            closeAll(resources);
            throw e;
        }
    }

    /** Connects to the database; an external one that can't be reached is a {@link StartupFailure} that says so. */
    private static PostgresDatabase connect(DatabaseUrl url, Settings settings) {
        try {
            return PostgresDatabase.connect(url, settings.databasePoolSize());
        } catch (PostgresFailure e) {
            if (settings.databaseUrl().isPresent()) {
                DatabaseProblem.of(url, e).ifPresent(problem -> {
                    throw new StartupFailure(StartupFailure.Reason.DATABASE_UNREACHABLE, problem, e);
                });
            }
            throw e;
        }
    }

    /** Redis pub/sub between the nodes when {@code REDIS_URL} is set, otherwise wake-ups within this process. */
    private static RealtimePublisher realtimePublisher(Settings settings) {
        return settings.redisUrl()
                .<RealtimePublisher>map(url -> {
                    RedisRealtimePublisher redis = RedisRealtimePublisher.create(RedisSettings.of(url));
                    LOG.info("real-time wake-ups go through Redis at {}:{}", redis.settings().host(), redis.settings().port());
                    return redis;
                })
                .orElseGet(InProcessRealtimePublisher::new);
    }

    private static Kith core(Settings settings, Clock clock, Jdbi jdbi, RevokedLogins revokedLogins,
                             RealtimePublisher publisher) {
        PostgresAdapters postgres = PostgresAdapters.on(jdbi).withHomeFeedFanOutLimit(settings.homeFeedFanOutLimit());
        PasswordHasher hasher = new Argon2PasswordHasher(new Argon2Parameters(
                settings.argon2MemoryKib(), settings.argon2Iterations(), settings.argon2Parallelism(),
                Argon2Parameters.OWASP.hashLength(), Argon2Parameters.OWASP.saltLength()));
        byte[] jwtKey = JwtKey.resolve(settings.jwtSecret(), settings.dataDir());
        TokenIssuer tokenIssuer = new JwtTokenIssuer(jwtKey);
        return Kith.builder()
                .clock(clock)
                .publicBaseUrl(settings.publicBaseUrl())
                .shared(postgres.shared(new UuidV7IdGenerator(clock), new SecureRandomSecretGenerator(), mailSender(settings, clock)))
                .accounts(postgres.accounts(revokedLogins, hasher, tokenIssuer))
                .graph(postgres.graph())
                .profiles(postgres.profiles())
                .content(postgres.content())
                .stories(postgres.stories())
                .groups(postgres.groups())
                .groupSettings(settings.groups())
                .notifications(postgres.notifications(publisher))
                .exports(postgres.exports())
                .media(postgres.media(mediaStorage(settings, clock), ImageIoMediaProcessor.withDefaults()),
                        new MediaSettings(settings.media().maxImageBytes(), settings.media().maxVideoBytes(),
                                settings.dataDir().resolve("tmp").resolve("uploads"), MediaLinkKey.from(jwtKey)))
                .build();
    }

    /** S3 when {@code S3_BUCKET} is set, otherwise files under {@code DATA_DIR/media}, served by the server. */
    private static MediaStorage mediaStorage(Settings settings, Clock clock) {
        return settings.media().s3()
                .<MediaStorage>map(s3 -> S3MediaStorage.create(new S3Settings(s3.bucket(), s3.endpoint(), s3.region(),
                        s3.accessKey(), s3.secretKey(), s3.publicUrl(), s3.endpoint().isPresent()), clock))
                .orElseGet(() -> new FileSystemMediaStorage(settings.dataDir().resolve("media")));
    }

    private static HttpSettings httpSettings(Settings settings) {
        HttpSettings http = HttpSettings.defaults()
                .withMaxRequestBytes(settings.maxRequestBytes())
                .withMaxThreads(settings.httpMaxThreads())
                .withRateLimits(settings.rateLimits())
                .withTrustForwardedHeaders(settings.trustProxy())
                .withPublicBaseUrl(settings.publicBaseUrl());
        return settings.metricsToken().map(http::withMetricsToken).orElse(http);
    }

    private static MailSender mailSender(Settings settings, Clock clock) {
        return settings.smtp()
                .<MailSender>map(smtp -> new SmtpMailSender(new SmtpSettings(smtp.host(), smtp.port(), switch (smtp.tls()) {
                    case STARTTLS -> SmtpSettings.Transport.STARTTLS;
                    case TLS -> SmtpSettings.Transport.SMTPS;
                    case NONE -> SmtpSettings.Transport.PLAIN;
                }, smtp.username(), smtp.password(), settings.mailFrom(), SmtpSettings.DEFAULT_TIMEOUT)))
                .orElseGet(() -> new EmlFileMailSender(settings.dataDir().resolve("outbox"), settings.mailFrom(), clock));
    }

    private static PrometheusMeterRegistry metrics(Kith kith) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Gauge.builder("kith.outbox.pending", kith.outbox(), outbox -> {
            try {
                return outbox.pending();
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }).description("outbox messages waiting to be delivered").register(registry);
        Gauge.builder("kith.outbox.dead", kith.outbox(), outbox -> {
            try {
                return outbox.dead();
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }).description("outbox messages set aside as undeliverable (an invalid address, a permanent refusal), kept for inspection")
                .register(registry);
        return registry;
    }

    /** The database this server runs on, for tests that check what it holds. */
    Jdbi jdbi() {
        return jdbi;
    }

    /** The core this server runs. */
    public Kith kith() {
        return kith;
    }

    /** The port it listens on. */
    public int port() {
        return http.port();
    }

    /** Its HTTP server, for tests in this package that watch requests in flight. */
    KithHttpServer http() {
        return http;
    }

    /** The base of the links it sends: {@code PUBLIC_BASE_URL}, or this server on the port it listens on. */
    public URI publicBaseUrl() {
        return publicBaseUrl;
    }

    /**
     * Stops gracefully: the open streams end (their clients reconnect elsewhere), the HTTP server finishes
     * requests in flight, then the background loops and the relay stop, then Redis, the pool and the
     * embedded database close.
     */
    @Override
    public void close() {
        closeAll(resources);
    }

    private static void closeAll(Deque<AutoCloseable> resources) {
        while (!resources.isEmpty()) {
            AutoCloseable resource = resources.pop();
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("while stopping: {}", e.toString());
            }
        }
    }
}
