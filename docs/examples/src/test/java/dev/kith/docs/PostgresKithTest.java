package dev.kith.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.social.PostgresKith;
import dev.kith.adapter.postgres.EmbeddedPostgres;
import dev.kith.application.account.Accounts;
import dev.kith.application.account.LogIn;
import dev.kith.application.account.RegisterAccount;
import dev.kith.application.account.TokenPair;
import dev.kith.application.account.VerifyEmail;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.port.Mail;
import java.net.URI;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the PostgreSQL example of docs/embedding.md ("The real adapters, wired by hand") on an embedded PostgreSQL. */
class PostgresKithTest {

    private static final byte[] JWT_KEY =
            "a signing key of thirty-two bytes or more".getBytes(StandardCharsets.US_ASCII);

    private static EmbeddedPostgres postgres;
    private static final List<Mail> sent = new CopyOnWriteArrayList<>();
    private static PostgresKith core;

    @TempDir
    static Path media;

    @BeforeAll
    static void start_postgres_and_wire_the_core() {
        postgres = EmbeddedPostgres.startThrowaway();
        core = new PostgresKith(postgres.url(), sent::add, JWT_KEY, URI.create("https://social.example.com"),
                media, Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        if (core != null) {
            core.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void a_member_registers_verifies_by_mail_and_logs_in() {
        Accounts accounts = core.kith().accounts();
        accounts.register().execute(Actor.anonymous(),
                new RegisterAccount.Command("alice", "alice@example.com", "correct horse battery"));

        assertThat(core.deliverMail()).isEqualTo(1);
        assertThat(sent).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("alice@example.com");
            assertThat(mail.body()).contains("https://social.example.com/");
        });
        String token = sent.get(0).body().replaceAll("(?s).*token=([A-Za-z0-9_-]+).*", "$1");
        accounts.verifyEmail().execute(Actor.anonymous(), new VerifyEmail.Command(token));
        TokenPair tokens = accounts.logIn().execute(Actor.anonymous(),
                new LogIn.Command("alice", "correct horse battery"));

        assertThat(tokens.tokenType()).isEqualTo("Bearer");
        assertThat(tokens.accessToken()).startsWith("eyJ");   // a JWT
    }

    @Test
    void housekeeping_runs() {
        core.housekeeping();
    }
}
