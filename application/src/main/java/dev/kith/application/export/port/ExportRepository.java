package dev.kith.application.export.port;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.export.Export;
import dev.kith.domain.export.ExportId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores exports (their archives are in the media storage). Joins the caller's transaction. Thread-safe. */
public interface ExportRepository {

    /**
     * Stores a new export.
     *
     * @throws dev.kith.domain.export.ExportErrors.ExportInProgress when the account has a pending or running
     *     export already (two requests at the same moment: one wins)
     */
    void add(Export export);

    /** The export with that id. */
    Optional<Export> find(ExportId id);

    /** The account's most recently asked-for export, whatever its status. */
    Optional<Export> latest(AccountId account);

    /** Stores the new state of an existing export (status, readyAt, expiresAt); an absent one is ignored. */
    void update(Export export);

    /**
     * Deletes up to {@code limit} ready exports whose archive expired by {@code now}; safe on several nodes at
     * once (rows another transaction is deleting are skipped).
     *
     * @return the exports deleted (their archives are the caller's to delete)
     */
    List<Export> deleteExpired(Instant now, int limit);

    /** Deletes every export of the account, whatever its status (the account is being erased); returns them. */
    List<Export> deleteAllOf(AccountId account);
}
