package dev.kith.bootstrap;

import dev.kith.adapter.postgres.DirectoryInUse;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the Kith server from the environment ({@code serve}, the default; SIGTERM or Ctrl-C stops it
 * gracefully), or runs one of its tools: {@code hash-benchmark}, {@code seed} (demo data, docs/seeding.md).
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    /** Exit status when a setting is wrong. */
    static final int EXIT_CONFIGURATION = 2;
    /** Exit status when another Kith runs on the same {@code DATA_DIR}. */
    static final int EXIT_DATA_DIR_IN_USE = 3;

    private Main() {
    }

    private static void benchmark(Settings settings, String[] args) {
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        try {
            HashBenchmark.run(settings, threads, seconds);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void seed(Settings settings, String[] args) {
        int status;
        try {
            status = SeedCommand.run(settings, Arrays.asList(args).subList(1, args.length), System.out, System.err);
        } catch (DirectoryInUse e) {
            System.err.println(inUse(settings, e).replace("Kith cannot start", "Kith cannot seed"));
            status = EXIT_DATA_DIR_IN_USE;
        } catch (RuntimeException | Error e) {
            LOG.error("seeding failed", e);
            status = 1;
        }
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The failure and its causes on one line, without the stack. */
    static String oneLine(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && text.indexOf(cause.getMessage()) < 0) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    static String inUse(Settings settings, DirectoryInUse e) {
        return "Kith cannot start: another Kith" + e.ownerPid().map(pid -> " (PID " + pid + ")").orElse("")
                + " is running with DATA_DIR " + settings.dataDir() + ".\n"
                + "Stop it first, or start this one with another DATA_DIR.";
    }

    public static void main(String[] args) {
        String command = args.length == 0 ? "serve" : args[0];
        if (!List.of("serve", "hash-benchmark", "seed").contains(command)) {
            System.err.println("usage: java -jar kith-server.jar [serve | hash-benchmark [threads] [seconds] | seed [options]]");
            System.exit(64);
        }
        if (command.equals("seed") && Arrays.asList(args).contains("--help")) {
            System.out.println(SeedCommand.USAGE);
            return;
        }
        Settings settings;
        try {
            settings = Settings.fromEnvironment();
        } catch (ConfigurationException e) {
            System.err.println(e.getMessage());
            System.exit(EXIT_CONFIGURATION);
            return;
        }
        if (command.equals("hash-benchmark")) {
            benchmark(settings, args);
            return;
        }
        if (command.equals("seed")) {
            seed(settings, args);
            return;
        }
        LOG.info("starting Kith: {}", settings);
        KithServer server;
        try {
            server = KithServer.start(settings);
        } catch (ConfigurationException e) {
            System.err.println(e.getMessage());
            System.exit(EXIT_CONFIGURATION);
            return;
        } catch (DirectoryInUse e) {
            System.err.println(inUse(settings, e));
            System.exit(EXIT_DATA_DIR_IN_USE);
            return;
        } catch (StartupFailure e) {
            System.err.println(e.getMessage());
            LOG.debug("start-up failure", e);
            System.exit(e.exitCode());
            return;
        } catch (RuntimeException | Error e) {
            System.err.println("Kith could not start: " + oneLine(e) + "\n(start with KITH_LOG_LEVEL=DEBUG to see where it failed)");
            LOG.debug("start-up failure", e);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping Kith: finishing requests in flight");
            server.close();
            LOG.info("Kith stopped");
            stopped.countDown();
            // a stop asked for (SIGTERM, Ctrl-C) that went cleanly is a success, not the JVM's 143 or 130
            Runtime.getRuntime().halt(0);
        }, "kith-shutdown"));
        LOG.info("Kith is listening on port {}; public base URL {}", server.port(), server.publicBaseUrl());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
