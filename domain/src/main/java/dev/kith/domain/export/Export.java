package dev.kith.domain.export;

import dev.kith.domain.account.AccountId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One archive of everything an account holds, asked for by that account and built in the background: pending,
 * then running, then ready (downloadable for {@link #KEPT} from then) or failed. Its archive is stored under
 * {@code archiveKey}, chosen when it is asked for, so a retried build writes the same object. Immutable: each
 * step returns the next state.
 */
public final class Export {

    /** How long a ready archive is kept before it is deleted. */
    public static final Duration KEPT = Duration.ofDays(7);

    /** How long after asking for an export the same account may ask for another. */
    public static final Duration ONE_PER = Duration.ofHours(24);

    private final ExportId id;
    private final AccountId account;
    private final ExportStatus status;
    private final Instant createdAt;
    private final Optional<Instant> readyAt;
    private final Optional<Instant> expiresAt;
    private final String archiveKey;

    private Export(ExportId id, AccountId account, ExportStatus status, Instant createdAt, Optional<Instant> readyAt,
                   Optional<Instant> expiresAt, String archiveKey) {
        this.id = Objects.requireNonNull(id, "id");
        this.account = Objects.requireNonNull(account, "account");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.readyAt = Objects.requireNonNull(readyAt, "readyAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.archiveKey = Objects.requireNonNull(archiveKey, "archiveKey");
        if ((status == ExportStatus.READY) != readyAt.isPresent() || readyAt.isPresent() != expiresAt.isPresent()) {
            throw new IllegalArgumentException("a ready export, and only one, has readyAt and expiresAt");
        }
    }

    /** A new pending export of {@code account}, whose archive will be stored under {@code archiveKey}. */
    public static Export create(ExportId id, AccountId account, String archiveKey, Instant now) {
        return new Export(id, account, ExportStatus.PENDING, now, Optional.empty(), Optional.empty(), archiveKey);
    }

    /** An export as stored; no checks beyond consistency. */
    public static Export restore(ExportId id, AccountId account, ExportStatus status, Instant createdAt,
                                 Optional<Instant> readyAt, Optional<Instant> expiresAt, String archiveKey) {
        return new Export(id, account, status, createdAt, readyAt, expiresAt, archiveKey);
    }

    /** This export being built (again, after a crash); a ready or failed one stays as it is. */
    public Export started() {
        return status.inProgress() ? with(ExportStatus.RUNNING, Optional.empty(), Optional.empty()) : this;
    }

    /** This export with its archive stored at {@code now}: downloadable until {@link #KEPT} later. */
    public Export ready(Instant now) {
        if (!status.inProgress()) {
            throw new IllegalStateException("export " + id + " is " + status.apiName());
        }
        return with(ExportStatus.READY, Optional.of(now), Optional.of(now.plus(KEPT)));
    }

    /** This export given up for good. */
    public Export failed() {
        return with(ExportStatus.FAILED, Optional.empty(), Optional.empty());
    }

    /** Whether its archive can be downloaded at {@code now}: ready and not expired. */
    public boolean downloadable(Instant now) {
        return status == ExportStatus.READY && expiresAt.filter(now::isBefore).isPresent();
    }

    /**
     * How long {@code account} must wait, at {@code now}, before asking for another export, because of this
     * one; zero when it may ask now. A failed export never holds the next back.
     */
    public Duration waitBeforeNext(Instant now) {
        if (status == ExportStatus.FAILED) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, createdAt.plus(ONE_PER));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private Export with(ExportStatus next, Optional<Instant> nextReadyAt, Optional<Instant> nextExpiresAt) {
        return new Export(id, account, next, createdAt, nextReadyAt, nextExpiresAt, archiveKey);
    }

    public ExportId id() {
        return id;
    }

    public AccountId account() {
        return account;
    }

    public ExportStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> readyAt() {
        return readyAt;
    }

    public Optional<Instant> expiresAt() {
        return expiresAt;
    }

    /** The storage key of its archive (there only once it is ready). */
    public String archiveKey() {
        return archiveKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Export other && id.equals(other.id) && account.equals(other.account) && status == other.status
                && createdAt.equals(other.createdAt) && readyAt.equals(other.readyAt) && expiresAt.equals(other.expiresAt)
                && archiveKey.equals(other.archiveKey);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, status);
    }

    @Override
    public String toString() {
        return "Export[" + id + ", " + status.apiName() + "]";
    }
}
