package dev.kith.application.export.port;

import java.util.Objects;

/**
 * The ports of the export context. {@link dev.kith.application.export.Exports} wires itself from it (the
 * archives go to the media context's storage). Adapter modules build it; every component is required.
 *
 * @param exports the export rows
 * @param source what an export reads of an account, page by page
 */
public record ExportPorts(ExportRepository exports, ExportSource source) {

    /** Refuses a missing port, by name. */
    public ExportPorts {
        Objects.requireNonNull(exports, "exports");
        Objects.requireNonNull(source, "source");
    }
}
