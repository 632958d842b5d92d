package dev.kith.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Optional;

/** The HTTP port: checked free before anything slow starts, and a bind that fails said plainly. */
final class Ports {

    private Ports() {
    }

    /**
     * {@code port} if nothing listens on it now, or a free port when it is 0.
     *
     * @throws StartupFailure when another program listens on it
     */
    static int claim(Optional<String> bindAddress, int port) {
        try (ServerSocket probe = new ServerSocket()) {
            // as Jetty binds: a port whose last connections linger in TIME_WAIT is free
            probe.setReuseAddress(true);
            probe.bind(bindAddress.map(host -> new InetSocketAddress(host, port)).orElseGet(() -> new InetSocketAddress(port)));
            return probe.getLocalPort();
        } catch (BindException e) {
            throw inUse(port, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check port " + port + bindAddress.map(host -> " on " + host).orElse(""), e);
        }
    }

    /** Runs {@code bind}; a port taken since {@link #claim} is the same plain failure. */
    static void listen(Runnable bind, int port) {
        try {
            bind.run();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BindException bindException) {
                    throw inUse(port, bindException);
                }
            }
            throw e;
        }
    }

    private static StartupFailure inUse(int port, BindException e) {
        return new StartupFailure(StartupFailure.Reason.PORT_IN_USE, "Kith cannot start: port " + port
                + " is in use by another program.\nStop that program, or start Kith with another PORT.", e);
    }
}
