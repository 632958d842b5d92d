package dev.kith.application.export;

import dev.kith.domain.export.Export;
import java.util.Objects;
import java.util.Optional;

/**
 * An export as its owner sees it.
 *
 * @param downloadUrl the absolute URL its archive is downloaded from, while it is downloadable
 */
public record ExportView(Export export, Optional<String> downloadUrl) {
    public ExportView {
        Objects.requireNonNull(export, "export");
        Objects.requireNonNull(downloadUrl, "downloadUrl");
    }
}
