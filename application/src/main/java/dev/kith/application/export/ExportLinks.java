package dev.kith.application.export;

import dev.kith.domain.export.Export;
import dev.kith.domain.export.ExportId;
import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/** The links of exports, from the server's public base URL. */
final class ExportLinks {

    private final String base;

    ExportLinks(URI publicBaseUrl) {
        String text = publicBaseUrl.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** Where the owner downloads the archive (signed in). */
    String download(ExportId id) {
        return base + "/api/v1/me/exports/" + id + "/download";
    }

    ExportView view(Export export, Instant now) {
        return new ExportView(export, export.downloadable(now) ? Optional.of(download(export.id())) : Optional.empty());
    }
}
