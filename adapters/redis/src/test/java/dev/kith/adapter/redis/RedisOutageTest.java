package dev.kith.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import dev.kith.application.notification.port.RealtimePublisherContract.Received;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Redis going away and coming back, under a node that keeps running. */
class RedisOutageTest {

    private static final Duration SOON = Duration.ofSeconds(10);
    /** Redis is down in these tests: subscribing need not wait for it. */
    private static final Duration NO_WAIT = Duration.ZERO;

    @Test
    void a_subscriber_survives_a_redis_restart_and_is_told_to_catch_up() {
        try (EmbeddedRedis redis = EmbeddedRedis.start();
             RedisRealtimePublisher publisher = RedisRealtimePublisher.create(RedisSettings.of(redis.url()))) {
            Received received = new Received();
            publisher.subscribe(received);
            publisher.publish(1);
            await().atMost(SOON).untilAsserted(() -> assertThat(received.all()).containsExactly(Long.MAX_VALUE, 1L));

            redis.stop();

            await().atMost(SOON).until(() -> !publisher.healthy());
            assertThatCode(() -> publisher.publish(2)).doesNotThrowAnyException();

            redis.startAgain();

            await().atMost(SOON).until(publisher::healthy);
            await().atMost(SOON).untilAsserted(() ->
                    assertThat(received.all()).containsExactly(Long.MAX_VALUE, 1L, Long.MAX_VALUE));
            // the publish cooldown after the failed one is over by now
            publisher.publish(3);
            await().atMost(SOON).untilAsserted(() ->
                    assertThat(received.all()).containsExactly(Long.MAX_VALUE, 1L, Long.MAX_VALUE, 3L));
        }
    }

    @Test
    void starts_while_redis_is_down_and_subscribes_once_it_is_up() {
        EmbeddedRedis redis = EmbeddedRedis.start();
        redis.stop();
        try (RedisRealtimePublisher publisher = RedisRealtimePublisher.create(RedisSettings.of(redis.url()), NO_WAIT, RedisRealtimePublisher.KEEPALIVE)) {
            Received received = new Received();
            publisher.subscribe(received);
            assertThat(publisher.healthy()).isFalse();

            redis.startAgain();

            await().atMost(SOON).untilAsserted(() -> assertThat(received.all()).containsExactly(Long.MAX_VALUE));
            publisher.publish(4);
            await().atMost(SOON).untilAsserted(() -> assertThat(received.positions()).containsExactly(4L));
        } finally {
            redis.close();
        }
    }

    @Test
    void closing_stops_a_subscription_that_is_waiting_for_redis() throws InterruptedException {
        EmbeddedRedis redis = EmbeddedRedis.start();
        redis.stop();
        RedisRealtimePublisher publisher = RedisRealtimePublisher.create(RedisSettings.of(redis.url()), NO_WAIT, RedisRealtimePublisher.KEEPALIVE);
        Received received = new Received();
        publisher.subscribe(received);

        long started = System.nanoTime();
        publisher.close();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        redis.startAgain();
        try {
            Thread.sleep(500);
            assertThat(received.all()).isEmpty();
        } finally {
            redis.close();
        }
    }
}
