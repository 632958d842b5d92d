package dev.kith.adapter.javalin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.kith.adapter.javalin.ReadinessCheck;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadinessProbeTest {

    @Test
    void a_probe_that_overlaps_a_running_check_waits_for_its_answer_instead_of_calling_it_down() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        ReadinessCheck slowButUp = () -> {
            runs.incrementAndGet();
            entered.countDown();
            return release.await(10, TimeUnit.SECONDS);
        };
        try (ReadinessProbe probe = new ReadinessProbe(Map.of("database", slowButUp), Duration.ofSeconds(10))) {
            CompletableFuture<Map<String, Boolean>> first = CompletableFuture.supplyAsync(probe::probe);
            assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<Map<String, Boolean>> second = new CompletableFuture<>();
            Thread secondProbe = new Thread(() -> second.complete(probe.probe()), "second-probe");
            secondProbe.start();
            // the second probe parks on the first one's check rather than answering at once
            await().atMost(Duration.ofSeconds(10)).until(() -> secondProbe.getState() == Thread.State.TIMED_WAITING);
            assertThat(second).isNotDone();

            release.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).containsEntry("database", true);
            assertThat(second.get(10, TimeUnit.SECONDS)).containsEntry("database", true);
            assertThat(runs).hasValue(1);
        }
    }

    @Test
    void a_check_still_hanging_is_not_started_again_and_stays_down() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        ReadinessCheck hanging = () -> {
            runs.incrementAndGet();
            return release.await(10, TimeUnit.SECONDS);
        };
        try (ReadinessProbe probe = new ReadinessProbe(Map.of("redis", hanging), Duration.ofMillis(100))) {
            assertThat(probe.probe()).containsEntry("redis", false);
            assertThat(probe.probe()).containsEntry("redis", false);

            assertThat(runs).hasValue(1);
            release.countDown();
        }
    }
}
