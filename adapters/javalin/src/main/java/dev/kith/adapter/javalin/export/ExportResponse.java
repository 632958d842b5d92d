package dev.kith.adapter.javalin.export;

import dev.kith.application.export.ExportView;
import java.time.Instant;

/**
 * An export as its owner sees it.
 *
 * @param status {@code pending}, {@code running}, {@code ready} or {@code failed}
 * @param readyAt when its archive was stored, or null until then
 * @param expiresAt when its archive is deleted (a week after readyAt), or null until ready
 * @param downloadUrl where to download the archive (signed in), or null unless ready and not expired
 */
public record ExportResponse(String id, String status, Instant createdAt, Instant readyAt, Instant expiresAt,
                             String downloadUrl) {

    static ExportResponse of(ExportView view) {
        var export = view.export();
        return new ExportResponse(export.id().toString(), export.status().apiName(), export.createdAt(),
                export.readyAt().orElse(null), export.expiresAt().orElse(null), view.downloadUrl().orElse(null));
    }
}
