package dev.kith.application.notification.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RealtimePublisher} does while its broker is up; extend it for each adapter. The
 * {@code Long.MAX_VALUE} a publisher may send after (re)subscribing ("read whatever is new") is ignored here.
 */
public abstract class RealtimePublisherContract {

    /** How long a published position may take to arrive. */
    protected static final Duration DELIVERY = Duration.ofSeconds(5);

    private RealtimePublisher publisher;

    /** A new publisher on a broker that is up; the suite closes it after each test. */
    protected abstract RealtimePublisher newPublisher();

    @BeforeEach
    void openPublisher() {
        publisher = newPublisher();
    }

    @AfterEach
    void closePublisher() {
        publisher.close();
    }

    @Test
    void a_subscriber_receives_the_positions_published_after_it_subscribed_in_order() {
        Received received = new Received();
        publisher.subscribe(received);

        publisher.publish(1);
        publisher.publish(2);
        publisher.publish(3);

        await().atMost(DELIVERY).untilAsserted(() -> assertThat(received.positions()).containsExactly(1L, 2L, 3L));
    }

    @Test
    void every_subscriber_receives_each_position() {
        Received first = new Received();
        Received second = new Received();
        publisher.subscribe(first);
        publisher.subscribe(second);

        publisher.publish(42);

        await().atMost(DELIVERY).untilAsserted(() -> {
            assertThat(first.positions()).containsExactly(42L);
            assertThat(second.positions()).containsExactly(42L);
        });
    }

    @Test
    void a_closed_subscription_receives_nothing_more() {
        Received closed = new Received();
        Received open = new Received();
        RealtimePublisher.Subscription subscription = publisher.subscribe(closed);
        publisher.subscribe(open);
        publisher.publish(1);
        await().atMost(DELIVERY).untilAsserted(() -> assertThat(closed.positions()).containsExactly(1L));

        subscription.close();
        publisher.publish(2);

        await().atMost(DELIVERY).untilAsserted(() -> assertThat(open.positions()).containsExactly(1L, 2L));
        assertThat(closed.positions()).containsExactly(1L);
    }

    @Test
    void closing_a_subscription_twice_is_harmless() {
        RealtimePublisher.Subscription subscription = publisher.subscribe(new Received());

        subscription.close();

        assertThatCode(subscription::close).doesNotThrowAnyException();
    }

    @Test
    void a_subscriber_that_throws_keeps_its_subscription() {
        Received received = new Received();
        publisher.subscribe(position -> {
            received.accept(position);
            if (position == 1) {
                throw new IllegalStateException("a subscriber's own failure");
            }
        });

        publisher.publish(1);
        publisher.publish(2);

        await().atMost(DELIVERY).untilAsserted(() -> assertThat(received.positions()).containsExactly(1L, 2L));
    }

    @Test
    void publishing_without_a_subscriber_is_fine() {
        assertThatCode(() -> publisher.publish(7)).doesNotThrowAnyException();
    }

    @Test
    void publishing_after_close_drops_the_wake_up_without_throwing() {
        publisher.close();

        assertThatCode(() -> publisher.publish(8)).doesNotThrowAnyException();
    }

    @Test
    void is_healthy_while_its_broker_is_up() {
        await().atMost(DELIVERY).until(publisher::healthy);
    }

    /** A subscriber that records what it is called with; for an adapter's own tests too. */
    public static final class Received implements LongConsumer {

        private final List<Long> positions = new CopyOnWriteArrayList<>();
        private final List<Long> all = new CopyOnWriteArrayList<>();

        @Override
        public void accept(long position) {
            all.add(position);
            if (position != Long.MAX_VALUE) {
                positions.add(position);
            }
        }

        /** The published positions received, in order. */
        public List<Long> positions() {
            return List.copyOf(positions);
        }

        /** Every call, {@code Long.MAX_VALUE} included, in order. */
        public List<Long> all() {
            return List.copyOf(all);
        }
    }
}
