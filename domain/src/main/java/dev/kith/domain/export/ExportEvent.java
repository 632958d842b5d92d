package dev.kith.domain.export;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/** What happens to exports. */
public sealed interface ExportEvent extends DomainEvent {

    /** The export it happened to. */
    ExportId export();

    /** The account whose data it holds. */
    AccountId account();

    /** {@code account} asked for {@code export}. */
    record ExportRequested(ExportId export, AccountId account, Instant at) implements ExportEvent {
        public ExportRequested {
            Objects.requireNonNull(export, "export");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The archive of {@code export} is stored and downloadable until {@code expiresAt}. */
    record ExportReady(ExportId export, AccountId account, Instant expiresAt, Instant at) implements ExportEvent {
        public ExportReady {
            Objects.requireNonNull(export, "export");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(expiresAt, "expiresAt");
            Objects.requireNonNull(at, "at");
        }
    }
}
