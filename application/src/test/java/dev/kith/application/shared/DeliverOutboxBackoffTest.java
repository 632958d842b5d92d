package dev.kith.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeliverOutboxBackoffTest {

    @Test
    void waits_5_seconds_after_the_first_failure_and_doubles_up_to_an_hour() {
        assertThat(DeliverOutbox.backoff(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(DeliverOutbox.backoff(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(DeliverOutbox.backoff(5)).isEqualTo(Duration.ofSeconds(80));
        assertThat(DeliverOutbox.backoff(11)).isEqualTo(Duration.ofHours(1));
        assertThat(DeliverOutbox.backoff(10_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void never_waits_less_than_the_first_retry() {
        assertThat(DeliverOutbox.backoff(0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(DeliverOutbox.backoff(-3)).isEqualTo(Duration.ofSeconds(5));
    }
}
