package dev.kith.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.application.account.RegisterAccount;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.port.Mail;
import dev.kith.application.shared.port.MailSender;
import dev.kith.application.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Building an in-memory core, and replacing one of its ports for a test. */
class InMemoryKithTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T18:00:00Z"));

    @Test
    void an_overridden_port_replaces_that_port_and_nothing_else() {
        List<Mail> elsewhere = new CopyOnWriteArrayList<>();
        InMemoryKith core = InMemoryKith.builder(clock).override(MailSender.class, elsewhere::add).build();

        core.kith().accounts().register().execute(Actor.anonymous(),
                new RegisterAccount.Command("alice", "alice@example.com", "password of alice"));

        assertThat(core.deliverMail()).isEqualTo(1);
        assertThat(elsewhere).extracting(Mail::to).containsExactly("alice@example.com");
        assertThat(core.sentMail()).isEmpty();
        assertThat(core.outbox().pending()).isZero();
    }

    @Test
    void overriding_a_type_that_is_no_port_of_the_core_fails() {
        InMemoryKith.Builder builder = InMemoryKith.builder(clock).override(Runnable.class, () -> { });

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a port of the core: java.lang.Runnable");
    }
}
