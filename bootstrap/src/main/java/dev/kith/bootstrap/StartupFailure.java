package dev.kith.bootstrap;

/**
 * The server cannot start for a reason an operator can act on; the message says what and what to do, in
 * one or two plain lines, and {@link #exitCode()} tells scripts which reason it was.
 */
public final class StartupFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the start failed, with the process's exit status for it. */
    public enum Reason {
        /** Another program listens on the port. */
        PORT_IN_USE(4),
        /** The external database can't be reached or refuses the login. */
        DATABASE_UNREACHABLE(5);

        private final int exitCode;

        Reason(int exitCode) {
            this.exitCode = exitCode;
        }

        /** The process's exit status. */
        public int exitCode() {
            return exitCode;
        }
    }

    private final Reason reason;

    StartupFailure(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** Why. */
    public Reason reason() {
        return reason;
    }

    /** The exit status for it. */
    public int exitCode() {
        return reason.exitCode();
    }
}
