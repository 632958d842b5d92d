package dev.kith.bootstrap;

import dev.kith.adapter.postgres.DatabaseUrl;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Optional;

/** What went wrong reaching an external database, in words an operator can act on. */
final class DatabaseProblem {

    private DatabaseProblem() {
    }

    /**
     * Two lines naming host, port, the driver's reason and a hint, when {@code failure} is a failure to
     * reach or log in to the database (not, say, a failed migration).
     */
    static Optional<String> of(DatabaseUrl url, Throwable failure) {
        String where = where(url);
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnknownHostException) {
                return Optional.of(problem(where, "unknown host " + cause.getMessage(),
                        "check the host name in DATABASE_URL"));
            }
            if (cause instanceof ConnectException || cause instanceof NoRouteToHostException
                    || cause instanceof SocketTimeoutException) {
                return Optional.of(problem(where, reason(cause),
                        "check that PostgreSQL runs there, listens on that port and accepts connections from this machine"));
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.equals("28P01") || state.equals("28000")) {
                    return Optional.of(problem(where, reason(cause), "check the user name and password in DATABASE_URL"));
                }
                if (state.equals("3D000")) {
                    return Optional.of(problem(where, reason(cause), "create the database, or name an existing one in DATABASE_URL"));
                }
                if (state.startsWith("08")) {
                    return Optional.of(problem(where, reason(cause),
                            "check that PostgreSQL runs there, listens on that port and accepts connections from this machine"));
                }
            }
        }
        return Optional.empty();
    }

    private static String problem(String where, String reason, String hint) {
        return "Kith cannot start: cannot reach the database at " + where + " (" + reason + ").\nHint: " + hint + ".";
    }

    private static String reason(Throwable cause) {
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.strip().replaceAll("\\s+", " ");
    }

    private static String where(DatabaseUrl url) {
        try {
            URI uri = URI.create(url.jdbcUrl().substring("jdbc:".length()));
            return uri.getHost() + ":" + (uri.getPort() == -1 ? 5432 : uri.getPort());
        } catch (IllegalArgumentException e) {
            return url.jdbcUrl().replaceAll("\\?.*", "");
        }
    }
}
