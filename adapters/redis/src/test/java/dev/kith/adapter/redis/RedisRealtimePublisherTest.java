package dev.kith.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kith.application.notification.port.RealtimePublisher;
import dev.kith.application.notification.port.RealtimePublisherContract;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RedisRealtimePublisherTest extends RealtimePublisherContract {

    private static EmbeddedRedis redis;

    @BeforeAll
    static void startRedis() {
        redis = EmbeddedRedis.start();
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @Override
    protected RealtimePublisher newPublisher() {
        // a channel per publisher: what one test publishes never reaches another's subscribers
        return RedisRealtimePublisher.create(RedisSettings.of(redis.url()).withChannel("kith:test:" + UUID.randomUUID()));
    }

    @Test
    void a_publish_on_one_node_reaches_the_subscribers_of_another() {
        RedisSettings shared = RedisSettings.of(redis.url()).withChannel("kith:test:" + UUID.randomUUID());
        try (RedisRealtimePublisher first = RedisRealtimePublisher.create(shared);
             RedisRealtimePublisher second = RedisRealtimePublisher.create(shared)) {
            Received onFirst = new Received();
            Received onSecond = new Received();
            first.subscribe(onFirst);
            second.subscribe(onSecond);

            first.publish(5);
            second.publish(6);

            await().atMost(DELIVERY).untilAsserted(() -> {
                assertThat(onFirst.positions()).containsExactlyInAnyOrder(5L, 6L);
                assertThat(onSecond.positions()).containsExactlyInAnyOrder(5L, 6L);
            });
        }
    }

    @Test
    void nodes_on_other_channels_hear_nothing() {
        try (RedisRealtimePublisher here = RedisRealtimePublisher.create(RedisSettings.of(redis.url()).withChannel("kith:a"));
             RedisRealtimePublisher elsewhere = RedisRealtimePublisher.create(RedisSettings.of(redis.url()).withChannel("kith:b"))) {
            Received onHere = new Received();
            Received onElsewhere = new Received();
            here.subscribe(onHere);
            elsewhere.subscribe(onElsewhere);

            elsewhere.publish(1);
            here.publish(2);

            await().atMost(DELIVERY).untilAsserted(() -> assertThat(onHere.positions()).containsExactly(2L));
            await().atMost(DELIVERY).untilAsserted(() -> assertThat(onElsewhere.positions()).containsExactly(1L));
        }
    }

    @Test
    void a_healthy_subscription_answers_its_keep_alive_pings_and_stays_connected() throws InterruptedException {
        try (RedisRealtimePublisher publisher = RedisRealtimePublisher.create(RedisSettings.of(redis.url()),
                RedisRealtimePublisher.SUBSCRIBE_WAIT, Duration.ofMillis(50))) {
            Received received = new Received();
            publisher.subscribe(received);

            Thread.sleep(600);   // a dozen pings: one unanswered would have dropped the connection
            publisher.publish(9);

            await().atMost(DELIVERY).untilAsserted(() -> assertThat(received.all()).containsExactly(Long.MAX_VALUE, 9L));
        }
    }

    @Test
    void a_subscriber_is_told_to_read_what_is_new_once_subscribed() {
        try (RedisRealtimePublisher publisher = RedisRealtimePublisher.create(RedisSettings.of(redis.url()))) {
            Received received = new Received();

            publisher.subscribe(received);

            await().atMost(DELIVERY).untilAsserted(() -> assertThat(received.all()).containsExactly(Long.MAX_VALUE));
        }
    }
}
