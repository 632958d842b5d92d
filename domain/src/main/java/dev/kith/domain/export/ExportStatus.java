package dev.kith.domain.export;

import java.util.Locale;

/** Where an export is in its life; the API spells each in lower case. */
public enum ExportStatus {
    /** Asked for; its job waits in the outbox. */
    PENDING,
    /** Its archive is being written. */
    RUNNING,
    /** Its archive is complete, stored, and downloadable until it expires. */
    READY,
    /** It can never be built (its account is gone); it does not count against the daily limit. */
    FAILED;

    /** How the API spells it. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a job is still to build it: a second request returns it instead of starting another. */
    public boolean inProgress() {
        return this == PENDING || this == RUNNING;
    }
}
