package dev.kith.application.export;

import dev.kith.domain.export.ExportErrors;
import dev.kith.domain.export.ExportId;
import java.util.UUID;

/** Reads the export ids the API hands in; a malformed one names no export. */
final class ExportIds {

    private ExportIds() {
    }

    static ExportId parse(String text) {
        try {
            return new ExportId(UUID.fromString(text == null ? "" : text));
        } catch (IllegalArgumentException malformed) {
            throw new ExportErrors.ExportNotFound();
        }
    }
}
