package dev.kith.application.export;

import dev.kith.application.export.port.ExportRepository;
import dev.kith.application.media.port.MediaStorage;
import dev.kith.domain.export.Export;
import dev.kith.domain.export.ExportErrors;
import dev.kith.domain.export.ExportId;
import java.time.Clock;
import java.time.Instant;

/** Opens the archive of a ready export through the signed link its ready mail carried: no sign-in. */
public final class OpenMailedExportArchive {

    private final ExportRepository exports;
    private final MediaStorage storage;
    private final ExportLinks links;
    private final Clock clock;

    OpenMailedExportArchive(ExportRepository exports, MediaStorage storage, ExportLinks links, Clock clock) {
        this.exports = exports;
        this.storage = storage;
        this.links = links;
        this.clock = clock;
    }

    /**
     * The archive of the export, through the link its ready mail carried (no sign-in): the signature must be
     * the one this server made for that export and expiry, and the export ready and not expired.
     *
     * @throws ExportErrors.ExportNotFound when the link is not one the server made, it expired, or the export
     *     is gone
     */
    public OpenExportArchive.Archive execute(String exportId, String expires, String signature) {
        ExportId id = ExportIds.parse(exportId);
        long until;
        try {
            until = Long.parseLong(expires == null ? "" : expires);
        } catch (NumberFormatException e) {
            throw new ExportErrors.ExportNotFound();
        }
        Instant now = clock.instant();
        if (until < now.getEpochSecond() || !links.permits(id, until, signature)) {
            throw new ExportErrors.ExportNotFound();
        }
        return OpenExportArchive.open(exports.find(id).filter(e -> e.downloadable(now))
                .orElseThrow(ExportErrors.ExportNotFound::new), storage);
    }
}
