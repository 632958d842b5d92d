package dev.kith.adapter.javalin.internal;

import dev.kith.adapter.javalin.ReadinessCheck;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the named readiness checks side by side, each bounded by a timeout. A check still running from an
 * earlier probe is awaited rather than started again: a dead dependency cannot pile up threads, and
 * probes that overlap (a load balancer's and an orchestrator's) share one answer instead of the later one
 * calling a slow but answering dependency down. Thread-safe.
 */
public final class ReadinessProbe implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReadinessProbe.class);

    private final Map<String, ReadinessCheck> checks;
    private final Duration timeout;
    private final ExecutorService executor;
    private final Map<String, CompletableFuture<Boolean>> running = new ConcurrentHashMap<>();

    /** Probes {@code checks} in their iteration order, waiting at most {@code timeout} for each. */
    public ReadinessProbe(Map<String, ReadinessCheck> checks, Duration timeout) {
        this.checks = new LinkedHashMap<>(checks);
        this.timeout = timeout;
        this.executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "kith-readiness");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Every check's result, {@code true} for up, in the order the checks were given. */
    public Map<String, Boolean> probe() {
        Map<String, CompletableFuture<Boolean>> started = new LinkedHashMap<>();
        checks.forEach((name, check) -> started.put(name, start(name, check)));
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Boolean> results = new LinkedHashMap<>();
        started.forEach((name, future) -> results.put(name, await(name, future, deadline)));
        return results;
    }

    private CompletableFuture<Boolean> start(String name, ReadinessCheck check) {
        return running.compute(name, (key, previous) -> previous != null && !previous.isDone()
                ? previous
                : CompletableFuture.supplyAsync(() -> {
                    try {
                        return check.isReady();
                    } catch (Exception e) {
                        LOG.warn("Readiness check {} failed", name, e);
                        return false;
                    }
                }, executor));
    }

    private static boolean await(String name, CompletableFuture<Boolean> future, long deadline) {
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            LOG.warn("Readiness check {} did not answer in time", name);
            return false;
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
