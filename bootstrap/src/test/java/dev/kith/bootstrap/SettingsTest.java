package dev.kith.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void every_setting_has_a_working_default() {
        Settings settings = Settings.from(Map.of());

        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.dataDir()).isEqualTo(Path.of("./data").toAbsolutePath().normalize());
        assertThat(settings.databaseUrl()).isEmpty();
        assertThat(settings.redisUrl()).isEmpty();
        assertThat(settings.smtp()).isEmpty();
        assertThat(settings.jwtSecret()).isEmpty();
        assertThat(settings.publicBaseUrl()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(settings.rateLimits().enabled()).isTrue();
        assertThat(settings.argon2MemoryKib()).isEqualTo(19_456);
        assertThat(settings.homeFeedDays()).isEqualTo(3);
        assertThat(settings.homeFeedFanOutLimit()).isEqualTo(10_000);
        // a few threads more than database connections
        assertThat(settings.httpMaxThreads()).isEqualTo(18);
        assertThat(Settings.from(Map.of("DATABASE_POOL_SIZE", "30")).httpMaxThreads()).isEqualTo(38);
        assertThat(Settings.from(Map.of("HTTP_MAX_THREADS", "64")).httpMaxThreads()).isEqualTo(64);
    }

    @Test
    void the_public_base_url_follows_the_port() {
        assertThat(Settings.from(Map.of("PORT", "9090")).publicBaseUrl()).isEqualTo(URI.create("http://localhost:9090"));
    }

    @Test
    void reads_every_variable_of_the_contract() {
        Settings settings = Settings.from(Map.ofEntries(
                Map.entry("PORT", "8181"),
                Map.entry("DATA_DIR", "/var/lib/kith"),
                Map.entry("DATABASE_URL", "postgres://kith:secret@db.internal:5432/kith"),
                Map.entry("REDIS_URL", "redis://cache.internal:6379"),
                Map.entry("SMTP_HOST", "smtp.example.com"),
                Map.entry("SMTP_PORT", "2525"),
                Map.entry("SMTP_USERNAME", "mailer"),
                Map.entry("SMTP_PASSWORD", "hunter2"),
                Map.entry("SMTP_TLS", "tls"),
                Map.entry("MAIL_FROM", "Kith <hello@kith.example>"),
                Map.entry("JWT_SECRET", "x".repeat(32)),
                Map.entry("PUBLIC_BASE_URL", "https://kith.example"),
                Map.entry("RATE_LIMITS", "off"),
                Map.entry("RATE_LIMIT_LOGIN", "3/min,burst=5")));

        assertThat(settings.port()).isEqualTo(8181);
        assertThat(settings.dataDir()).isEqualTo(Path.of("/var/lib/kith"));
        assertThat(settings.databaseUrl()).contains("postgres://kith:secret@db.internal:5432/kith");
        assertThat(settings.redisUrl()).contains(URI.create("redis://cache.internal:6379"));
        assertThat(settings.smtp()).hasValueSatisfying(smtp -> {
            assertThat(smtp.host()).isEqualTo("smtp.example.com");
            assertThat(smtp.port()).isEqualTo(2525);
            assertThat(smtp.username()).contains("mailer");
            assertThat(smtp.password()).contains("hunter2");
            assertThat(smtp.tls()).isEqualTo(Settings.Tls.TLS);
        });
        assertThat(settings.mailFrom()).isEqualTo("Kith <hello@kith.example>");
        assertThat(settings.jwtSecret()).contains("x".repeat(32));
        assertThat(settings.publicBaseUrl()).isEqualTo(URI.create("https://kith.example"));
        assertThat(settings.rateLimits().enabled()).isFalse();
        assertThat(settings.rateLimits().login().requests()).isEqualTo(3);
        assertThat(settings.rateLimits().login().period()).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.rateLimits().login().burst()).isEqualTo(5);
        assertThat(settings.toString()).doesNotContain("hunter2").doesNotContain("secret");
    }

    @Test
    void a_redis_url_with_a_user_but_no_password_is_refused_without_printing_it() {
        assertThatThrownBy(() -> Settings.from(Map.of("REDIS_URL", "redis://kith@cache.internal:6379")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> assertThat(p).startsWith("REDIS_URL").contains("user:password@")));
    }

    @Test
    void names_every_bad_value_at_once() {
        assertThatThrownBy(() -> Settings.from(Map.of(
                "PORT", "eighty",
                "DATABASE_URL", "mysql://localhost/kith",
                "REDIS_URL", "http://cache",
                "JWT_SECRET", "too short",
                "PUBLIC_BASE_URL", "not a url",
                "RATE_LIMITS", "maybe",
                "SMTP_HOST", "smtp.example.com",
                "SMTP_TLS", "sometimes")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).startsWith("PORT"))
                        .anySatisfy(p -> assertThat(p).startsWith("DATABASE_URL"))
                        .anySatisfy(p -> assertThat(p).startsWith("REDIS_URL"))
                        .anySatisfy(p -> assertThat(p).startsWith("JWT_SECRET"))
                        .anySatisfy(p -> assertThat(p).startsWith("PUBLIC_BASE_URL"))
                        .anySatisfy(p -> assertThat(p).startsWith("RATE_LIMITS"))
                        .anySatisfy(p -> assertThat(p).startsWith("SMTP_TLS"))
                        .hasSize(7));
    }

    @Test
    void refuses_ports_out_of_range_and_malformed_rate_limits() {
        assertThatThrownBy(() -> Settings.from(Map.of("PORT", "70000"))).hasMessageContaining("PORT must be between 0 and 65535");
        assertThatThrownBy(() -> Settings.from(Map.of("RATE_LIMIT_LOGIN", "lots"))).hasMessageContaining("RATE_LIMIT_LOGIN");
    }

    @Test
    void the_default_sender_is_a_valid_address_whatever_the_public_base_url() {
        assertThat(Settings.from(Map.of()).mailFrom()).isEqualTo("Kith <no-reply@kith.localhost>");
        assertThat(Settings.from(Map.of("PUBLIC_BASE_URL", "http://192.168.1.20:8080")).mailFrom())
                .isEqualTo("Kith <no-reply@kith.localhost>");
        assertThat(Settings.from(Map.of("PUBLIC_BASE_URL", "http://[::1]:8080")).mailFrom())
                .isEqualTo("Kith <no-reply@kith.localhost>");
        assertThat(Settings.from(Map.of("PUBLIC_BASE_URL", "https://social.example.org")).mailFrom())
                .isEqualTo("Kith <no-reply@social.example.org>");
        for (String base : new String[] {"http://localhost:8080", "http://10.0.0.1", "https://kith.example", "http://myhost:80"}) {
            assertThat(dev.kith.adapter.smtp.SmtpSettings.isValidSender(
                    Settings.from(Map.of("PUBLIC_BASE_URL", base)).mailFrom())).as(base).isTrue();
        }
    }

    @Test
    void a_sender_the_mailer_would_refuse_stops_the_start() {
        for (String from : new String[] {"no-reply@localhost", "nobody", "Kith <a@b.example>, other@b.example", "x@127.0.0.1"}) {
            assertThatThrownBy(() -> Settings.from(Map.of("MAIL_FROM", from))).as(from)
                    .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems())
                            .singleElement().asString().startsWith("MAIL_FROM"));
        }
        assertThat(Settings.from(Map.of("MAIL_FROM", "Kith <hello@kith.example>")).mailFrom()).isEqualTo("Kith <hello@kith.example>");
    }

    @Test
    void an_smtp_username_needs_a_password() {
        assertThatThrownBy(() -> Settings.from(Map.of("SMTP_HOST", "smtp.example.com", "SMTP_USERNAME", "mailer")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems())
                        .singleElement().asString().contains("SMTP_USERNAME").contains("SMTP_PASSWORD"));
    }

    @Test
    void smtp_on_this_machine_is_plain_by_default_and_starttls_elsewhere() {
        assertThat(Settings.from(Map.of("SMTP_HOST", "localhost", "SMTP_PORT", "1025")).smtp())
                .hasValueSatisfying(smtp -> assertThat(smtp.tls()).isEqualTo(Settings.Tls.NONE));
        assertThat(Settings.from(Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", "1025")).smtp())
                .hasValueSatisfying(smtp -> assertThat(smtp.tls()).isEqualTo(Settings.Tls.NONE));
        assertThat(Settings.from(Map.of("SMTP_HOST", "smtp.example.com")).smtp())
                .hasValueSatisfying(smtp -> {
                    assertThat(smtp.tls()).isEqualTo(Settings.Tls.STARTTLS);
                    assertThat(smtp.port()).isEqualTo(587);
                });
        assertThat(Settings.from(Map.of("SMTP_HOST", "localhost", "SMTP_TLS", "starttls")).smtp())
                .hasValueSatisfying(smtp -> assertThat(smtp.tls()).isEqualTo(Settings.Tls.STARTTLS));
    }

    @Test
    void links_follow_the_port_listened_on_unless_the_public_base_url_is_given() {
        assertThat(Settings.from(Map.of("PORT", "0")).onPort(41234).publicBaseUrl()).isEqualTo(URI.create("http://localhost:41234"));
        assertThat(Settings.from(Map.of("PORT", "0", "PUBLIC_BASE_URL", "https://kith.example")).onPort(41234).publicBaseUrl())
                .isEqualTo(URI.create("https://kith.example"));
        assertThat(Settings.from(Map.of("PORT", "0")).onPort(41234).port()).isEqualTo(41234);
    }

    @Test
    void binds_every_interface_unless_told_an_address() {
        assertThat(Settings.from(Map.of()).bindAddress()).isEmpty();
        assertThat(Settings.from(Map.of("BIND_ADDRESS", "127.0.0.1")).bindAddress()).contains("127.0.0.1");
        assertThat(Settings.from(Map.of("BIND_ADDRESS", "::1")).bindAddress()).contains("::1");
        assertThatThrownBy(() -> Settings.from(Map.of("BIND_ADDRESS", "not an address!")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems())
                        .singleElement().asString().startsWith("BIND_ADDRESS"));
    }
}
