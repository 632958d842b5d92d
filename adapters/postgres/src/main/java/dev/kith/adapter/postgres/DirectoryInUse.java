package dev.kith.adapter.postgres;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The embedded PostgreSQL's data directory belongs to another running process (another Kith, or another
 * program embedding it), so this one must not start a server on it.
 */
public final class DirectoryInUse extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path directory;
    private final Long ownerPid;

    DirectoryInUse(Path directory, Optional<Long> ownerPid) {
        super("the embedded PostgreSQL data directory " + directory + " is in use by another process"
                + ownerPid.map(pid -> " (PID " + pid + ")").orElse(""));
        this.directory = directory;
        this.ownerPid = ownerPid.orElse(null);
    }

    /** The data directory in use. */
    public Path directory() {
        return directory;
    }

    /** The process that holds it, when it said so. */
    public Optional<Long> ownerPid() {
        return Optional.ofNullable(ownerPid);
    }
}
