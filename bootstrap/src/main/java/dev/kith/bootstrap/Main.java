package dev.kith.bootstrap;

import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the Kith server from the environment; SIGTERM or Ctrl-C stops it gracefully. */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

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

    public static void main(String[] args) {
        String command = args.length == 0 ? "serve" : args[0];
        if (!command.equals("serve") && !command.equals("hash-benchmark")) {
            System.err.println("usage: java -jar kith-server.jar [serve | hash-benchmark [threads] [seconds]]");
            System.exit(64);
        }
        Settings settings;
        try {
            settings = Settings.fromEnvironment();
        } catch (ConfigurationException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (command.equals("hash-benchmark")) {
            benchmark(settings, args);
            return;
        }
        LOG.info("starting Kith: {}", settings);
        KithServer server;
        try {
            server = KithServer.start(settings);
        } catch (ConfigurationException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        } catch (RuntimeException | Error e) {
            LOG.error("Kith could not start", e);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("stopping Kith: finishing requests in flight");
            server.close();
            LOG.info("Kith stopped");
            stopped.countDown();
        }, "kith-shutdown"));
        LOG.info("Kith is listening on port {}; public base URL {}", server.port(), settings.publicBaseUrl());
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
