package dev.kith.application.export;

import dev.kith.application.export.port.ExportRepository;
import dev.kith.application.export.port.ExportSource;
import dev.kith.application.media.port.MediaStorage;
import dev.kith.application.media.port.StorageKey;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.OutboxHandler;
import dev.kith.application.shared.OutgoingMail;
import dev.kith.application.shared.port.OutboxMessage;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.export.Export;
import dev.kith.domain.export.ExportEvent;
import dev.kith.domain.export.ExportId;
import dev.kith.domain.export.ExportStatus;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The export worker, as the handler of the outbox topic {@value #TOPIC}: writes the archive to a temporary
 * file, stores it under the export's key only once it is complete, and only then marks the export ready
 * (queuing the notification and the mail in that transaction). A crash at any point leaves the export
 * pending or running, never downloadable; the relay delivers the message again and the build starts over,
 * replacing whatever a crashed attempt stored. A message for an export already ready, or gone, does nothing.
 */
final class BuildExport implements OutboxHandler {

    /** The outbox topic of export jobs. */
    static final String TOPIC = "export.build";

    private final Transactor transactor;
    private final ExportRepository exports;
    private final ExportSource source;
    private final ExportArchive archive;
    private final MediaStorage storage;
    private final Path scratch;
    private final DomainEvents events;
    private final OutgoingMail mail;
    private final ExportMails mails;
    private final Clock clock;

    BuildExport(Transactor transactor, ExportRepository exports, ExportSource source, ExportArchive archive,
                MediaStorage storage, Path scratch, DomainEvents events, OutgoingMail mail, ExportMails mails, Clock clock) {
        this.transactor = transactor;
        this.exports = exports;
        this.source = source;
        this.archive = archive;
        this.storage = storage;
        this.scratch = scratch;
        this.events = events;
        this.mail = mail;
        this.mails = mails;
        this.clock = clock;
    }

    @Override
    public void handle(OutboxMessage message) {
        ExportId id = new ExportId(UUID.fromString(message.payload().get("export")));
        Optional<Export> started = transactor.inTransaction(() -> exports.find(id).map(found -> {
            Export next = found.started();
            if (!next.equals(found)) {
                exports.update(next);
            }
            return next;
        }));
        if (started.isEmpty() || started.get().status() != ExportStatus.RUNNING) {
            return;  // done by an earlier delivery, or gone with its account
        }
        Export export = started.get();
        if (source.account(export.account()).isEmpty()) {
            transactor.run(() -> exports.update(export.failed()));
            return;
        }
        writeAndStore(export);
        boolean kept = transactor.inTransaction(() -> {
            Optional<Export> current = exports.find(id);
            current.filter(found -> found.status().inProgress()).ifPresent(found -> {
                Instant now = clock.instant();
                Export ready = found.ready(now);
                exports.update(ready);
                events.record(new ExportEvent.ExportReady(id, ready.account(), ready.expiresAt().orElseThrow(), now));
                source.account(ready.account()).ifPresent(account -> mail.queue(mails.ready(account, ready), now));
            });
            return current.isPresent();
        });
        if (!kept) {
            // the account was erased while its archive was written: the archive goes too
            storage.delete(new StorageKey(export.archiveKey()));
        }
    }

    private void writeAndStore(Export export) {
        Path temporary;
        try {
            Files.createDirectories(scratch);
            temporary = Files.createTempFile(scratch, "export-", ".zip");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary file in " + scratch, e);
        }
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 64 * 1024)) {
                archive.write(export.account(), out);
            }
            // only a complete archive reaches the storage, and it appears there whole (MediaStorage.put)
            storage.put(new StorageKey(export.archiveKey()), temporary, "application/zip");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the archive of export " + export.id(), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // a leftover in the scratch directory is harmless; the next start of the OS or operator clears it
            }
        }
    }
}
