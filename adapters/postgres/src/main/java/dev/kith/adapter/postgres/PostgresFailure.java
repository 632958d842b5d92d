package dev.kith.adapter.postgres;

/**
 * A database fault that no port describes (connection lost, server down, a broken invariant), thrown
 * instead of JDBI's and the driver's exceptions so that those never cross a port.
 */
public final class PostgresFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Wraps the underlying fault, keeping it as the cause for the log. */
    public PostgresFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
