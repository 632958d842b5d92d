package dev.kith.adapter.javalin;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@code /api/v1/stream} (the real-time WebSocket) behaves; {@link #defaults()} suits production.
 *
 * @param queueCapacity the most events queued for one socket; a client that falls further behind is
 *                      closed with 4008 and catches up when it reconnects with its last position
 * @param pingInterval how often a WebSocket ping frame goes to every socket, to keep proxies from closing it
 * @param recheckInterval how often the socket's access token is checked again; an expired or revoked one
 *                        (logout, password reset, deleted account) closes the socket with 4401
 * @param authTimeout how long a socket opened without {@code ?access_token=} may take to send its
 *                    {@code auth} message
 * @param closeGrace how long a closing socket may take to flush its close frame before it is cut off
 *                   (a client that does not read never takes it)
 */
public record StreamSettings(int queueCapacity, Duration pingInterval, Duration recheckInterval,
                             Duration authTimeout, Duration closeGrace) {

    public StreamSettings {
        Objects.requireNonNull(pingInterval, "pingInterval");
        Objects.requireNonNull(recheckInterval, "recheckInterval");
        Objects.requireNonNull(authTimeout, "authTimeout");
        Objects.requireNonNull(closeGrace, "closeGrace");
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queueCapacity must be positive: " + queueCapacity);
        }
        for (Duration duration : new Duration[] {pingInterval, recheckInterval, authTimeout, closeGrace}) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("stream intervals must be positive: " + duration);
            }
        }
    }

    /** 256 queued events a socket, a ping every 25 s, the token checked every 5 s, 5 s to authenticate, 10 s to close. */
    public static StreamSettings defaults() {
        return new StreamSettings(256, Duration.ofSeconds(25), Duration.ofSeconds(5), Duration.ofSeconds(5),
                Duration.ofSeconds(10));
    }

    public StreamSettings withQueueCapacity(int value) {
        return new StreamSettings(value, pingInterval, recheckInterval, authTimeout, closeGrace);
    }

    public StreamSettings withPingInterval(Duration value) {
        return new StreamSettings(queueCapacity, value, recheckInterval, authTimeout, closeGrace);
    }

    public StreamSettings withRecheckInterval(Duration value) {
        return new StreamSettings(queueCapacity, pingInterval, value, authTimeout, closeGrace);
    }

    public StreamSettings withAuthTimeout(Duration value) {
        return new StreamSettings(queueCapacity, pingInterval, recheckInterval, value, closeGrace);
    }

    public StreamSettings withCloseGrace(Duration value) {
        return new StreamSettings(queueCapacity, pingInterval, recheckInterval, authTimeout, value);
    }
}
