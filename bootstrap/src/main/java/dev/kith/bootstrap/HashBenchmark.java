package dev.kith.bootstrap;

import dev.kith.adapter.crypto.Argon2Parameters;
import dev.kith.adapter.crypto.Argon2PasswordHasher;
import dev.kith.domain.account.Password;
import dev.kith.domain.account.PasswordHash;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code java -jar kith-server.jar hash-benchmark [threads] [seconds]}: how many Argon2id verifications a
 * second this machine does with the configured parameters, the ceiling of login and registration
 * throughput. Use it to pick {@code ARGON2_*} settings for your hardware.
 */
final class HashBenchmark {

    private HashBenchmark() {
    }

    static void run(Settings settings, int threads, int seconds) throws InterruptedException {
        Argon2PasswordHasher hasher = new Argon2PasswordHasher(new Argon2Parameters(settings.argon2MemoryKib(),
                settings.argon2Iterations(), settings.argon2Parallelism(),
                Argon2Parameters.OWASP.hashLength(), Argon2Parameters.OWASP.saltLength()));
        Password password = Password.of("password", "correct horse battery");
        PasswordHash hash = hasher.hash(password);
        long warmUntil = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            hasher.verify(password, hash);
        }
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong done = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread worker = new Thread(() -> {
                while (running.get()) {
                    hasher.verify(password, hash);
                    done.incrementAndGet();
                }
            });
            worker.start();
            workers.add(worker);
        }
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("argon2id m=%d KiB t=%d p=%d, %d threads, %.1f s: %.1f verifications/s (%.1f ms each per thread)%n",
                settings.argon2MemoryKib(), settings.argon2Iterations(), settings.argon2Parallelism(), threads, elapsed,
                done.get() / elapsed, 1000.0 * threads * elapsed / done.get());
    }
}
