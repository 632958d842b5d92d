package dev.kith.adapter.inmemory.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.application.shared.DeliverOutbox;
import dev.kith.application.shared.OutboxHandler;
import dev.kith.application.shared.OutgoingMail;
import dev.kith.application.shared.UndeliverableMessage;
import dev.kith.application.shared.port.MailSender;
import dev.kith.application.shared.port.OutboxMessage;
import dev.kith.application.shared.port.OutboxMessageId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The relay's handling of failures: retried with backoff, set aside when undeliverable, causes told safely. */
class DeliverOutboxTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryOutbox outbox = new InMemoryOutbox(store);
    private final InMemoryTransactor transactor = new InMemoryTransactor(store);
    private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

    private OutboxMessageId enqueue(String topic) {
        OutboxMessageId id = new OutboxMessageId(UUID.randomUUID());
        transactor.run(() -> outbox.enqueue(OutboxMessage.of(id, topic, Map.of("to", "zoe@example.com", "subject", "Hi",
                "body", "open https://kith.example/verify-email?token=s3cr3t-t0ken"), T0)));
        return id;
    }

    private DeliverOutbox relay(OutboxHandler handler) {
        return new DeliverOutbox(transactor, outbox, Map.of("mail", handler), clock);
    }

    @Test
    void a_failed_message_is_retried_later_and_the_failure_says_why_and_when() {
        OutboxMessageId id = enqueue("mail");

        DeliverOutbox.Result result = relay(message -> {
            throw new IllegalStateException("connection refused");
        }).execute(10);

        assertThat(result.claimed()).isEqualTo(1);
        assertThat(result.delivered()).isZero();
        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.id()).isEqualTo(id);
            assertThat(failure.dead()).isFalse();
            assertThat(failure.attempts()).isEqualTo(1);
            assertThat(failure.cause()).contains("connection refused");
            assertThat(failure.nextAttemptAt()).contains(T0.plusSeconds(5));
        });
        assertThat(outbox.pending()).isEqualTo(1);
        assertThat(outbox.dead()).isZero();
    }

    @Test
    void an_undeliverable_message_is_set_aside_and_never_tried_again() {
        OutboxMessageId id = enqueue("mail");
        AtomicInteger attempts = new AtomicInteger();
        DeliverOutbox relay = relay(OutgoingMail.sendingWith(mail -> {
            attempts.incrementAndGet();
            throw new MailSender.MailRejected("550 5.1.1 no such user", null);
        }));

        DeliverOutbox.Result first = relay.execute(10);
        DeliverOutbox.Result later = new DeliverOutbox(transactor, outbox, Map.of("mail", OutgoingMail.sendingWith(mail -> {
            attempts.incrementAndGet();
        })), Clock.fixed(T0.plusSeconds(86_400), ZoneOffset.UTC)).execute(10);

        assertThat(first.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.dead()).isTrue();
            assertThat(failure.cause()).contains("550 5.1.1 no such user");
        });
        assertThat(later.claimed()).isZero();
        assertThat(attempts).hasValue(1);
        assertThat(outbox.pending()).isZero();
        assertThat(outbox.dead()).isEqualTo(1);
        assertThat(outbox.lastError(id)).hasValueSatisfying(error -> assertThat(error).contains("550"));
    }

    @Test
    void a_transient_mail_failure_is_retried_not_set_aside() {
        enqueue("mail");

        DeliverOutbox.Result result = relay(OutgoingMail.sendingWith(mail -> {
            throw new MailSender.MailDeliveryFailed("451 try again later", null);
        })).execute(10);

        assertThat(result.failures()).singleElement().satisfies(failure -> assertThat(failure.dead()).isFalse());
        assertThat(outbox.pending()).isEqualTo(1);
    }

    @Test
    void the_cause_masks_tokens_and_holds_no_payload() {
        enqueue("mail");

        DeliverOutbox.Result result = relay(message -> {
            throw new UndeliverableMessage("refused " + message.payload().get("body"),
                    new IllegalArgumentException("bad link /reset-password?token=another-secret&x=1"));
        }).execute(10);

        DeliverOutbox.Failure failure = result.failures().get(0);
        assertThat(failure.cause()).contains("token=***").contains("bad link")
                .doesNotContain("s3cr3t-t0ken").doesNotContain("another-secret");
        assertThat(failure.toString()).doesNotContain("s3cr3t-t0ken").doesNotContain("zoe@example.com");
    }

    @Test
    void a_message_without_a_handler_is_retried_so_a_newer_node_can_take_it() {
        enqueue("unknown-topic");

        DeliverOutbox.Result result = relay(message -> { }).execute(10);

        assertThat(result.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.dead()).isFalse();
            assertThat(failure.cause()).contains("no handler");
        });
    }

    @Test
    void a_delivered_message_leaves_the_outbox() {
        enqueue("mail");
        StringBuilder sent = new StringBuilder();

        DeliverOutbox.Result result = relay(OutgoingMail.sendingWith(mail -> sent.append(mail.to()))).execute(10);

        assertThat(result.delivered()).isEqualTo(1);
        assertThat(result.failures()).isEmpty();
        assertThat(sent).hasToString("zoe@example.com");
        assertThat(outbox.pending()).isZero();
    }
}
