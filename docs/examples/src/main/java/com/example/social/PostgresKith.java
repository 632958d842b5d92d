package com.example.social;

import dev.kith.adapter.crypto.Argon2Parameters;
import dev.kith.adapter.crypto.Argon2PasswordHasher;
import dev.kith.adapter.crypto.SecureRandomSecretGenerator;
import dev.kith.adapter.crypto.UuidV7IdGenerator;
import dev.kith.adapter.filesystem.FileSystemMediaStorage;
import dev.kith.adapter.inmemory.notification.InProcessRealtimePublisher;
import dev.kith.adapter.jwt.JwtTokenIssuer;
import dev.kith.adapter.media.ImageIoMediaProcessor;
import dev.kith.adapter.postgres.DatabaseUrl;
import dev.kith.adapter.postgres.PostgresAdapters;
import dev.kith.adapter.postgres.PostgresDatabase;
import dev.kith.adapter.postgres.account.PostgresRevokedLogins;
import dev.kith.adapter.postgres.content.PostgresHomeFeedHorizon;
import dev.kith.adapter.smtp.SmtpMailSender;
import dev.kith.adapter.smtp.SmtpSettings;
import dev.kith.application.Kith;
import dev.kith.application.media.MediaSettings;
import dev.kith.application.shared.port.MailSender;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;

/** A Kith core on PostgreSQL, Argon2id and JWTs, with the mail sender you choose. */
public final class PostgresKith implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(PostgresKith.class.getName());

    private final Clock clock;
    private final PostgresDatabase database;
    private final PostgresRevokedLogins revokedLogins;
    private final PostgresHomeFeedHorizon homeFeeds;
    private final Kith kith;

    /**
     * Connects to the database, brings its schema up to date, and wires the core.
     *
     * @param jwtKey at least 32 random bytes, the same on every node that checks tokens
     * @param publicBaseUrl where your users reach you; links in mails and to media files start with it
     * @param mediaDirectory where uploaded images and videos are kept (or use {@code S3MediaStorage})
     */
    public PostgresKith(DatabaseUrl databaseUrl, MailSender mailSender, byte[] jwtKey, URI publicBaseUrl, Path mediaDirectory,
                        Clock clock) {
        this.clock = clock;
        this.database = PostgresDatabase.connect(databaseUrl);  // a connection pool; Flyway migrates
        Jdbi jdbi = database.jdbi();
        this.revokedLogins = new PostgresRevokedLogins(jdbi).startPolling(Duration.ofSeconds(1));
        this.homeFeeds = new PostgresHomeFeedHorizon(jdbi, PostgresHomeFeedHorizon.DEFAULT_RETENTION);
        PostgresAdapters postgres = PostgresAdapters.on(jdbi);  // one Jdbi, so every repository shares its transactions
        this.kith = Kith.builder()
                .clock(clock)
                .publicBaseUrl(publicBaseUrl)
                .shared(postgres.shared(new UuidV7IdGenerator(clock), new SecureRandomSecretGenerator(), mailSender))
                .accounts(postgres.accounts(revokedLogins, new Argon2PasswordHasher(Argon2Parameters.OWASP),
                        new JwtTokenIssuer(jwtKey)))
                .graph(postgres.graph())
                .profiles(postgres.profiles())
                .content(postgres.content())
                .media(postgres.media(new FileSystemMediaStorage(mediaDirectory), ImageIoMediaProcessor.withDefaults()),
                        MediaSettings.defaults(mediaDirectory.resolve(".uploads"), jwtKey))  // link key: any 32+ secret bytes
                .stories(postgres.stories())
                .groups(postgres.groups())
                .notifications(postgres.notifications(new InProcessRealtimePublisher()))
                .exports(postgres.exports())
                .build();
    }

    /** The use cases: {@code kith().accounts()}, {@code graph()}, {@code profiles()}, {@code content()}. */
    public Kith kith() {
        return kith;
    }

    /** Sends what the outbox holds (up to 100 mails); run it every second or so. */
    public int deliverMail() {
        return kith.outboxRelay().execute(100).delivered();
    }

    /** Deletes expired tokens and trims the precomputed home timelines; run it hourly. */
    public void housekeeping() {
        kith.accounts().purgeExpiredTokens().execute();
        homeFeeds.advance(clock.instant());
    }

    @Override
    public void close() {
        revokedLogins.close();
        database.close();
    }

    /** An application of your own: mail over SMTP, the relay every second, housekeeping every hour. */
    public static void main(String[] args) {
        SmtpSettings smtp = SmtpSettings.of(System.getenv("SMTP_HOST"), 587, SmtpSettings.Transport.STARTTLS,
                        "Kith <no-reply@social.example.com>")
                .withCredentials(System.getenv("SMTP_USERNAME"), System.getenv("SMTP_PASSWORD"));
        PostgresKith core = new PostgresKith(
                DatabaseUrl.parse(System.getenv("DATABASE_URL")),        // postgres://user:password@host:5432/kith
                new SmtpMailSender(smtp),
                Base64.getDecoder().decode(System.getenv("JWT_SECRET")), // e.g. `openssl rand -base64 32`
                URI.create("https://social.example.com"),
                Path.of("/var/lib/social/media"),                        // uploads; or S3MediaStorage
                Clock.systemUTC());
        ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor();
        background.scheduleWithFixedDelay(() -> logFailure(core::deliverMail), 1, 1, TimeUnit.SECONDS);
        background.scheduleWithFixedDelay(() -> logFailure(core::housekeeping), 1, 60, TimeUnit.MINUTES);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            background.shutdownNow();
            core.close();
        }));
        // ... from here your HTTP, GraphQL or gRPC layer calls core.kith()
    }

    /** A scheduled task that throws is never run again: log and carry on, the next run retries. */
    private static void logFailure(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "background work failed; trying again at the next run", e);
        }
    }
}
