package dev.kith.adapter.postgres;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server process of a data directory, as its {@code postmaster.pid} names it: found when a
 * process that died without stopping it left it running, and watched so that it stops when this JVM dies.
 */
final class Postmaster {

    private static final Logger LOG = LoggerFactory.getLogger(Postmaster.class);
    private static final Duration SMART_STOP = Duration.ofSeconds(30);
    private static final Duration FORCED_STOP = Duration.ofSeconds(10);
    private static final File SHELL = new File("/bin/sh");

    private final ProcessHandle process;
    private final Path directory;

    private Postmaster(ProcessHandle process, Path directory) {
        this.process = process;
        this.directory = directory;
    }

    /**
     * The live server process of {@code directory}, if its {@code postmaster.pid} names one that runs the
     * {@code postgres} binary. A stale file (the process is gone, or the PID now belongs to another program)
     * gives empty: PostgreSQL itself replaces such a file when it starts.
     */
    static Optional<Postmaster> of(Path directory) {
        List<String> lines;
        try {
            lines = Files.readAllLines(directory.resolve("postmaster.pid"), StandardCharsets.US_ASCII);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory.resolve("postmaster.pid"), e);
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(Postmaster::runsPostgres)
                .map(process -> new Postmaster(process, directory));
    }

    private static boolean runsPostgres(ProcessHandle process) {
        // when the platform can't tell, a live PID in our own postmaster.pid is most likely ours
        return process.info().command()
                .map(command -> Path.of(command).getFileName().toString())
                .map(name -> name.equals("postgres") || name.equals("postgres.exe"))
                .orElse(true);
    }

    long pid() {
        return process.pid();
    }

    /**
     * Stops this server the way PostgreSQL likes best: a smart shutdown (its clients are gone with the
     * process that died), forced only if that hangs. Its next start recovers from the write-ahead log, so
     * every committed transaction is kept either way.
     *
     * @throws IllegalStateException if it is still running afterwards
     */
    void stop() {
        LOG.warn("found the embedded PostgreSQL (PID {}) of {} still running, left by a process that did not stop it; "
                + "stopping it before starting again", process.pid(), directory);
        process.destroy();
        if (awaitExit(SMART_STOP)) {
            return;
        }
        LOG.warn("PostgreSQL (PID {}) did not stop within {} s; killing it", process.pid(), SMART_STOP.toSeconds());
        process.destroyForcibly();
        if (!awaitExit(FORCED_STOP)) {
            throw new IllegalStateException("cannot stop the PostgreSQL server (PID " + process.pid() + ") that runs on "
                    + directory + "; stop it by hand, then start again");
        }
    }

    private boolean awaitExit(Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    /**
     * Starts a tiny watchdog that stops this server once this JVM is gone, however it ended (even
     * {@code kill -9}), so a crash never leaves PostgreSQL holding the directory. On a platform without a
     * POSIX shell there is none (empty), and the next start cleans up instead.
     */
    Optional<Process> watchOverFrom(ProcessHandle owner) {
        if (!SHELL.canExecute()) {
            return Optional.empty();
        }
        // kill -0 only asks whether the owner lives; TERM is PostgreSQL's smart shutdown
        String script = "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; kill -TERM \"$2\" 2>/dev/null";
        try {
            Process watchdog = new ProcessBuilder(SHELL.getPath(), "-c", script, "kith-postgres-watchdog",
                    Long.toString(owner.pid()), Long.toString(process.pid()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return Optional.of(watchdog);
        } catch (IOException e) {
            LOG.warn("cannot start the watchdog that stops PostgreSQL if this process dies: {}", e.toString());
            return Optional.empty();
        }
    }
}
