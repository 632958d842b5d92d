package dev.kith.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged {@code kith-server.jar} running as a process of its own, started the way the README says
 * ({@code java -jar kith-server.jar}) with only the environment a user would set, plus PATH and HOME.
 */
final class KithProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private static final java.util.regex.Pattern LISTENING = java.util.regex.Pattern.compile("Kith is listening on port (\\d+)");

    private final Process process;
    private final Path log;
    private int port;

    private KithProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** The jar the build packaged; failsafe passes its path. */
    static Path jar() {
        String jar = System.getProperty("kith.jar");
        if (jar == null) {
            throw new IllegalStateException("run through failsafe (mvn verify), which sets kith.jar");
        }
        return Path.of(jar);
    }

    /** Starts the jar with {@code env} (PORT is added when missing) and waits until it is ready. */
    static KithProcess start(Map<String, String> env, Path log) {
        KithProcess kith = launch(env, log);
        kith.awaitReady();
        return kith;
    }

    /** Starts the jar and returns at once, whether or not it will come up. */
    static KithProcess launch(Map<String, String> env, Path log) {
        return launch(env, log, List.of());
    }

    /** Starts the jar with JVM options (before {@code -jar}). */
    static KithProcess launch(Map<String, String> env, Path log, List<String> jvmOptions) {
        return launch(env, log, jvmOptions, null);
    }

    /** Starts the jar in {@code directory} (null: this process's), where a relative DATA_DIR is resolved. */
    static KithProcess launch(Map<String, String> env, Path log, List<String> jvmOptions, Path directory) {
        Map<String, String> environment = new HashMap<>(env);
        int port = environment.containsKey("PORT") ? Integer.parseInt(environment.get("PORT")) : freePort();
        environment.put("PORT", Integer.toString(port));
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar().toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().put("HOME", System.getProperty("user.home"));
        builder.environment().putAll(environment);
        try {
            return new KithProcess(builder.start(), log, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code /health/ready} answers 200; with PORT=0, learns the port from the server's log first. */
    void awaitReady() {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the server exited with " + process.exitValue() + " before it was ready:\n" + output());
            }
            if (port == 0) {
                java.util.regex.Matcher listening = LISTENING.matcher(output());
                if (!listening.find()) {
                    sleep(200);
                    continue;
                }
                port = Integer.parseInt(listening.group(1));
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base() + "/health/ready"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            sleep(200);
        }
        throw new AssertionError("the server was not ready within " + START_TIMEOUT + ":\n" + output());
    }

    int port() {
        return port;
    }

    String base() {
        return "http://localhost:" + port;
    }

    long pid() {
        return process.pid();
    }

    Process process() {
        return process;
    }

    /** Everything the process printed so far. */
    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e + ")";
        }
    }

    /** Waits for the process to end by itself; its exit status. */
    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the server still runs after " + timeout + ":\n" + output());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM, as a service manager stops it; its exit status. */
    int stop() {
        process.destroy();
        return awaitExit(Duration.ofSeconds(60));
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
