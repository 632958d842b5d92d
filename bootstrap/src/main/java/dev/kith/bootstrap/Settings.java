package dev.kith.bootstrap;

import dev.kith.adapter.javalin.RateLimit;
import dev.kith.adapter.postgres.DatabaseUrl;
import dev.kith.adapter.javalin.RateLimitSettings;
import dev.kith.adapter.redis.RedisSettings;
import dev.kith.adapter.smtp.SmtpSettings;
import dev.kith.application.group.GroupSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The server's configuration, read from environment variables (see docs/configuration.md). Every
 * setting has a working default; a bad value stops the start with a message naming it.
 */
public record Settings(
        int port,
        Optional<String> bindAddress,
        Path dataDir,
        Optional<String> databaseUrl,
        int databasePoolSize,
        Optional<URI> redisUrl,
        Optional<Smtp> smtp,
        String mailFrom,
        Optional<String> jwtSecret,
        URI publicBaseUrl,
        boolean publicBaseUrlGiven,
        RateLimitSettings rateLimits,
        long maxRequestBytes,
        boolean trustProxy,
        Optional<String> metricsToken,
        int argon2MemoryKib,
        int argon2Iterations,
        int argon2Parallelism,
        int homeFeedDays,
        int homeFeedFanOutLimit,
        int httpMaxThreads,
        Media media,
        GroupSettings groups) {

    /** The sender of mail when {@code PUBLIC_BASE_URL}'s host can't make one (RFC 6761 reserves {@code .localhost}). */
    static final String LOCAL_SENDER = "no-reply@kith.localhost";

    /** How to reach an SMTP server. */
    public record Smtp(String host, int port, Optional<String> username, Optional<String> password, Tls tls) {
        @Override
        public String toString() {
            return "Smtp[" + host + ":" + port + ", tls=" + tls + ", username=" + username.orElse("-") + "]";
        }
    }

    /**
     * Uploads: their limits, and S3 when {@code S3_BUCKET} is set (files under {@code DATA_DIR/media} otherwise).
     */
    public record Media(long maxImageBytes, long maxVideoBytes, Optional<S3> s3) {
    }

    /** An S3 bucket (or any S3-compatible store). */
    public record S3(String bucket, Optional<URI> endpoint, String region, String accessKey, String secretKey,
                     Optional<URI> publicUrl) {
        @Override
        public String toString() {
            return "S3[bucket=" + bucket + ", endpoint=" + endpoint.map(URI::toString).orElse("AWS") + ", region=" + region + "]";
        }
    }

    /** How SMTP connections are protected. */
    public enum Tls { STARTTLS, TLS, NONE }

    /** Reads the process environment. */
    public static Settings fromEnvironment() {
        return from(System.getenv());
    }

    /** Reads settings from {@code env}; throws one exception naming every bad value. */
    public static Settings from(Map<String, String> env) {
        Reader r = new Reader(env);
        int port = r.integer("PORT", 8080, 0, 65535);
        Optional<String> bindAddress = r.text("BIND_ADDRESS");
        bindAddress.filter(address -> !address.matches("[A-Za-z0-9.:\\[\\]%_-]+"))
                .ifPresent(address -> r.problem("BIND_ADDRESS must be an IP address or a host name, such as 127.0.0.1, ::1 or 0.0.0.0, not '"
                        + address + "'"));
        Path dataDir = Path.of(r.text("DATA_DIR").orElse("./data")).toAbsolutePath().normalize();
        Optional<String> databaseUrl = r.text("DATABASE_URL");
        databaseUrl.ifPresent(url -> {
            try {
                DatabaseUrl.parse(url);
            } catch (IllegalArgumentException e) {
                r.problem("DATABASE_URL must look like postgres://user:pass@host:5432/db or jdbc:postgresql://host:5432/db ("
                        + e.getMessage() + ")");
            }
        });
        int poolSize = r.integer("DATABASE_POOL_SIZE", 10, 1, 500);
        Optional<URI> redis = r.uri("REDIS_URL", List.of("redis", "rediss"));
        redis.ifPresent(url -> {
            try {
                RedisSettings.of(url);
            } catch (IllegalArgumentException e) {
                r.problem("REDIS_URL must look like redis://host:6379, rediss://host:6380 or redis://user:password@host:6379 ("
                        + e.getMessage() + ")");
            }
        });
        Optional<Smtp> smtp = r.text("SMTP_HOST").map(host -> {
            // a relay on this machine (a mail catcher, a local MTA) rarely offers TLS, and the traffic never
            // leaves the host; anywhere else STARTTLS is required unless SMTP_TLS says otherwise
            Tls tls = r.choice("SMTP_TLS", isLoopback(host) ? Tls.NONE : Tls.STARTTLS);
            int defaultPort = switch (tls) {
                case TLS -> 465;
                case STARTTLS -> 587;
                case NONE -> 25;
            };
            Optional<String> username = r.text("SMTP_USERNAME");
            Optional<String> password = r.text("SMTP_PASSWORD");
            if (username.isPresent() != password.isPresent()) {
                r.problem("SMTP_USERNAME and SMTP_PASSWORD must be set together (the relay's login), or neither");
            }
            return new Smtp(host, r.integer("SMTP_PORT", defaultPort, 1, 65535), username, password, tls);
        });
        Optional<String> jwtSecret = r.text("JWT_SECRET");
        jwtSecret.ifPresent(secret -> {
            if (secret.getBytes(StandardCharsets.UTF_8).length < 32) {
                r.problem("JWT_SECRET must be at least 32 bytes (256 bits); generate one with: openssl rand -base64 48");
            }
        });
        Optional<URI> givenBase = r.uri("PUBLIC_BASE_URL", List.of("http", "https"));
        URI base = givenBase.orElse(defaultBaseUrl(port));
        String from = r.text("MAIL_FROM").orElse(defaultSender(base));
        if (!SmtpSettings.isValidSender(from)) {
            r.problem("MAIL_FROM must be one email address whose domain has a dot, such as 'Kith <no-reply@kith.example>', not '"
                    + from + "'");
        }
        RateLimitSettings defaults = RateLimitSettings.defaults();
        RateLimitSettings limits = defaults.withEnabled(r.onOff("RATE_LIMITS", true))
                .withRegister(r.rateLimit("RATE_LIMIT_REGISTER", defaults.register()))
                .withVerifyEmail(r.rateLimit("RATE_LIMIT_VERIFY_EMAIL", defaults.verifyEmail()))
                .withResendVerification(r.rateLimit("RATE_LIMIT_RESEND_VERIFICATION", defaults.resendVerification()))
                .withLogin(r.rateLimit("RATE_LIMIT_LOGIN", defaults.login()))
                .withRefresh(r.rateLimit("RATE_LIMIT_REFRESH", defaults.refresh()))
                .withPasswordReset(r.rateLimit("RATE_LIMIT_PASSWORD_RESET", defaults.passwordReset()))
                .withPasswordResetConfirm(r.rateLimit("RATE_LIMIT_PASSWORD_RESET_CONFIRM", defaults.passwordResetConfirm()));
        Optional<String> metricsToken = r.text("METRICS_TOKEN");
        metricsToken.filter(token -> token.length() < 16)
                .ifPresent(token -> r.problem("METRICS_TOKEN must be at least 16 characters"));
        Settings settings = new Settings(port, bindAddress, dataDir, databaseUrl, poolSize, redis, smtp, from, jwtSecret, base,
                givenBase.isPresent(), limits,
                r.integer("HTTP_MAX_BODY_BYTES", 1_048_576, 1024, Integer.MAX_VALUE),
                r.onOff("TRUST_PROXY", false),
                metricsToken,
                r.integer("ARGON2_MEMORY_KIB", 19_456, 19_456, 4_194_304),
                r.integer("ARGON2_ITERATIONS", 2, 2, 100),
                r.integer("ARGON2_PARALLELISM", 1, 1, 64),
                r.integer("HOME_FEED_DAYS", 3, 1, 3650),
                r.integer("HOME_FEED_FANOUT_LIMIT", 10_000, 0, Integer.MAX_VALUE),
                // requests mostly wait for a database connection: a few threads more than the pool has
                r.integer("HTTP_MAX_THREADS", poolSize + 8, 8, 10_000),
                media(r),
                new GroupSettings(
                        r.integer("GROUP_NAME_MAX_LENGTH", GroupSettings.DEFAULT_NAME_MAX_LENGTH, 1, 1_000),
                        r.integer("GROUP_DESCRIPTION_MAX_LENGTH", GroupSettings.DEFAULT_DESCRIPTION_MAX_LENGTH, 0, 100_000),
                        r.integer("GROUPS_PER_ACCOUNT", GroupSettings.DEFAULT_GROUPS_PER_ACCOUNT, 1, 1_000_000)));
        r.throwIfProblems();
        return settings;
    }

    private static Media media(Reader r) {
        long image = r.integer("MEDIA_MAX_IMAGE_BYTES", 10 * 1024 * 1024, 1024, Integer.MAX_VALUE);
        long video = r.integer("MEDIA_MAX_VIDEO_BYTES", 100 * 1024 * 1024, 1024, Integer.MAX_VALUE);
        Optional<S3> s3 = r.text("S3_BUCKET").map(bucket -> {
            Optional<String> access = r.text("S3_ACCESS_KEY");
            Optional<String> secret = r.text("S3_SECRET_KEY");
            if (access.isEmpty() || secret.isEmpty()) {
                r.problem("S3_BUCKET needs S3_ACCESS_KEY and S3_SECRET_KEY");
            }
            return new S3(bucket, r.uri("S3_ENDPOINT", List.of("http", "https")), r.text("S3_REGION").orElse("us-east-1"),
                    access.orElse(""), secret.orElse(""), r.uri("S3_PUBLIC_URL", List.of("http", "https")));
        });
        return new Media(image, video, s3);
    }

    /**
     * These settings with the port the server will listen on (a free one picked for {@code PORT=0}); when
     * {@code PUBLIC_BASE_URL} was not given, links follow that port.
     */
    public Settings onPort(int boundPort) {
        URI base = publicBaseUrlGiven ? publicBaseUrl : defaultBaseUrl(boundPort);
        return new Settings(boundPort, bindAddress, dataDir, databaseUrl, databasePoolSize, redisUrl, smtp, mailFrom, jwtSecret,
                base, publicBaseUrlGiven, rateLimits, maxRequestBytes, trustProxy, metricsToken, argon2MemoryKib,
                argon2Iterations, argon2Parallelism, homeFeedDays, homeFeedFanOutLimit, httpMaxThreads, media, groups);
    }

    private static URI defaultBaseUrl(int port) {
        return URI.create("http://localhost:" + (port == 0 ? 8080 : port));
    }

    /** Whether {@code host} names this machine: {@code localhost} or a loopback address, without asking DNS. */
    static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        return name.equals("localhost") || name.endsWith(".localhost") || name.startsWith("127.")
                || name.equals("::1") || name.equals("[::1]");
    }

    /**
     * {@code Kith <no-reply@host>} for the host of the public base URL when that makes a valid sender;
     * otherwise (localhost, an IP address) a reserved local name, so mail works with any base URL.
     */
    static String defaultSender(URI base) {
        String host = base.getHost();
        String fromHost = "Kith <no-reply@" + host + ">";
        return host != null && SmtpSettings.isValidSender(fromHost) ? fromHost : "Kith <" + LOCAL_SENDER + ">";
    }

    @Override
    public String toString() {
        return "Settings[port=" + port + bindAddress.map(address -> ", bindAddress=" + address).orElse("") + ", dataDir=" + dataDir + ", database=" + (databaseUrl.isPresent() ? "external" : "embedded")
                + ", redis=" + redisUrl.map(u -> u.getHost() + ":" + u.getPort()).orElse("off") + ", smtp=" + smtp.map(Smtp::toString).orElse("files")
                + ", publicBaseUrl=" + publicBaseUrl + ", rateLimits=" + (rateLimits.enabled() ? "on" : "off") + "]";
    }

    private static final class Reader {
        private final Map<String, String> env;
        private final List<String> problems = new ArrayList<>();

        Reader(Map<String, String> env) {
            this.env = env;
        }

        Optional<String> text(String name) {
            return Optional.ofNullable(env.get(name)).map(String::strip).filter(value -> !value.isEmpty());
        }

        int integer(String name, int fallback, int min, int max) {
            Optional<String> value = text(name);
            if (value.isEmpty()) {
                return fallback;
            }
            try {
                int parsed = Integer.parseInt(value.get());
                if (parsed < min || parsed > max) {
                    problem(name + " must be between " + min + " and " + max + ", not " + parsed);
                    return fallback;
                }
                return parsed;
            } catch (NumberFormatException e) {
                problem(name + " must be a whole number, not '" + value.get() + "'");
                return fallback;
            }
        }

        boolean onOff(String name, boolean fallback) {
            return text(name).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
                case "on", "true", "yes", "1" -> true;
                case "off", "false", "no", "0" -> false;
                default -> {
                    problem(name + " must be 'on' or 'off', not '" + value + "'");
                    yield fallback;
                }
            }).orElse(fallback);
        }

        RateLimit rateLimit(String name, RateLimit fallback) {
            return text(name).map(value -> {
                try {
                    return RateLimit.parse(value);
                } catch (IllegalArgumentException e) {
                    problem(name + ": " + e.getMessage());
                    return fallback;
                }
            }).orElse(fallback);
        }

        Tls choice(String name, Tls fallback) {
            return text(name).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
                case "starttls", "true", "on" -> Tls.STARTTLS;
                case "tls", "ssl", "smtps" -> Tls.TLS;
                case "none", "off", "false" -> Tls.NONE;
                default -> {
                    problem(name + " must be starttls, tls or none, not '" + value + "'");
                    yield fallback;
                }
            }).orElse(fallback);
        }

        Optional<URI> uri(String name, List<String> schemes) {
            return text(name).flatMap(value -> {
                try {
                    URI uri = new URI(value);
                    if (uri.getScheme() == null || !schemes.contains(uri.getScheme().toLowerCase(Locale.ROOT)) || uri.getHost() == null) {
                        problem(name + " must be an absolute " + String.join(" or ", schemes) + " URL, not '" + value + "'");
                        return Optional.empty();
                    }
                    return Optional.of(uri);
                } catch (URISyntaxException e) {
                    problem(name + " is not a valid URL: " + e.getMessage());
                    return Optional.empty();
                }
            });
        }

        void problem(String text) {
            problems.add(text);
        }

        void throwIfProblems() {
            if (!problems.isEmpty()) {
                throw new ConfigurationException(problems);
            }
        }
    }
}
