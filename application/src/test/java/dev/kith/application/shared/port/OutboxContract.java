package dev.kith.application.shared.port;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link Outbox} does; extend it for each adapter. Each test starts with an empty outbox. */
public abstract class OutboxContract {

    private static final Duration LEASE = Duration.ofMinutes(5);

    protected abstract Outbox outbox();

    protected abstract Transactor transactor();

    private OutboxMessage enqueue(String topic, Map<String, String> payload, int secondsAfterT0) {
        OutboxMessage message = OutboxMessage.of(new OutboxMessageId(uuid()), topic, payload, T0.plusSeconds(secondsAfterT0));
        transactor().run(() -> outbox().enqueue(message));
        return message;
    }

    private List<OutboxMessage> claim(java.time.Instant now, int limit) {
        return transactor().inTransaction(() -> outbox().claimDue(now, LEASE, limit));
    }

    @Test
    void claims_due_messages_oldest_first_and_counts_the_attempt() {
        OutboxMessage older = enqueue("mail", Map.of("to", "zoë@example.com", "body", "héllo 🌍\nline"), 0);
        OutboxMessage newer = enqueue("mail", Map.of(), 1);

        List<OutboxMessage> claimed = claim(T0.plusSeconds(2), 10);

        assertThat(claimed).extracting(OutboxMessage::id).containsExactly(older.id(), newer.id());
        assertThat(claimed.get(0).payload()).isEqualTo(older.payload());
        assertThat(claimed.get(0).topic()).isEqualTo("mail");
        assertThat(claimed.get(0).createdAt()).isEqualTo(older.createdAt());
        assertThat(claimed).allSatisfy(message -> assertThat(message.attempts()).isEqualTo(1));
    }

    @Test
    void does_not_claim_messages_created_in_the_future() {
        enqueue("mail", Map.of(), 10);

        assertThat(claim(T0, 10)).isEmpty();
        assertThat(claim(T0.plusSeconds(10), 10)).hasSize(1);
    }

    @Test
    void respects_the_limit() {
        for (int i = 0; i < 5; i++) {
            enqueue("mail", Map.of("n", Integer.toString(i)), 0);
        }

        assertThat(claim(T0, 3)).hasSize(3);
        assertThat(claim(T0, 3)).hasSize(2);
    }

    @Test
    void hides_a_claimed_message_until_its_lease_runs_out() {
        OutboxMessage message = enqueue("mail", Map.of(), 0);
        claim(T0, 10);

        assertThat(claim(T0.plus(LEASE).minusSeconds(1), 10)).isEmpty();
        List<OutboxMessage> again = claim(T0.plus(LEASE), 10);
        assertThat(again).extracting(OutboxMessage::id).containsExactly(message.id());
        assertThat(again.get(0).attempts()).isEqualTo(2);
    }

    @Test
    void a_completed_message_is_gone() {
        OutboxMessage message = enqueue("mail", Map.of(), 0);
        claim(T0, 10);

        transactor().run(() -> outbox().complete(message.id()));
        transactor().run(() -> outbox().complete(message.id()));

        assertThat(outbox().pending()).isZero();
        assertThat(claim(T0.plus(LEASE).plus(LEASE), 10)).isEmpty();
    }

    @Test
    void a_message_retried_later_is_due_again_at_that_time() {
        OutboxMessage message = enqueue("mail", Map.of(), 0);
        claim(T0, 10);

        transactor().run(() -> outbox().retryLater(message.id(), T0.plusSeconds(30), "SMTP down"));

        assertThat(outbox().pending()).isEqualTo(1);
        assertThat(claim(T0.plusSeconds(29), 10)).isEmpty();
        assertThat(claim(T0.plusSeconds(30), 10)).extracting(OutboxMessage::attempts).containsExactly(2);
    }

    @Test
    void a_buried_message_is_kept_but_never_claimed_nor_pending() {
        OutboxMessage buried = enqueue("mail", Map.of("to", "nobody@example.com"), 0);
        OutboxMessage other = enqueue("mail", Map.of(), 1);
        claim(T0.plusSeconds(1), 10);

        transactor().run(() -> outbox().bury(buried.id(), T0.plusSeconds(2), "550 no such user"));
        transactor().run(() -> outbox().retryLater(other.id(), T0.plusSeconds(3), "SMTP down"));

        assertThat(outbox().pending()).isEqualTo(1);
        assertThat(outbox().dead()).isEqualTo(1);
        assertThat(claim(T0.plus(LEASE).plus(LEASE), 10)).extracting(OutboxMessage::id).containsExactly(other.id());
    }

    @Test
    void burying_an_unknown_message_does_nothing() {
        transactor().run(() -> outbox().bury(new OutboxMessageId(uuid()), T0, "gone"));

        assertThat(outbox().pending()).isZero();
        assertThat(outbox().dead()).isZero();
    }

    @Test
    void concurrent_relays_never_claim_the_same_message() throws Exception {
        int count = 200;
        for (int i = 0; i < count; i++) {
            enqueue("mail", Map.of("n", Integer.toString(i)), 0);
        }
        List<OutboxMessageId> seen = Collections.synchronizedList(new ArrayList<>());
        Callable<Void> relay = () -> {
            List<OutboxMessage> batch;
            do {
                batch = claim(T0, 7);
                batch.forEach(message -> seen.add(message.id()));
            } while (!batch.isEmpty());
            return null;
        };
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Void>> futures = pool.invokeAll(List.of(relay, relay, relay, relay));
            for (Future<Void> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(seen).hasSize(count).doesNotHaveDuplicates();
    }
}
