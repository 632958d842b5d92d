package dev.kith.domain.export;

import dev.kith.domain.shared.Conflict;
import dev.kith.domain.shared.NotFound;
import dev.kith.domain.shared.RuleViolation;
import java.time.Duration;

/** The failures of exports. */
public final class ExportErrors {

    private ExportErrors() {
    }

    /** No such export, not the actor's, or (for a download) not ready or expired. */
    public static final class ExportNotFound extends NotFound {
        public ExportNotFound() {
            super("not_found", "No such export.");
        }
    }

    /** The account asked for an export less than a day ago; the HTTP adapter answers 429 with Retry-After. */
    public static final class ExportTooSoon extends RuleViolation {
        private final Duration retryAfter;

        public ExportTooSoon(Duration retryAfter) {
            super("rate_limited", "One export a day: ask again in " + Math.max(1, retryAfter.toMinutes()) + " minutes.");
            this.retryAfter = retryAfter;
        }

        /** How long to wait before asking again. */
        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** Another request started an export for the account at the same moment; asking again returns it. */
    public static final class ExportInProgress extends Conflict {
        public ExportInProgress() {
            super("export_in_progress", "An export is being built already.");
        }
    }
}
