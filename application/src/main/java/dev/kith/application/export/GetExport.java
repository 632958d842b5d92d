package dev.kith.application.export;

import dev.kith.application.export.port.ExportRepository;
import dev.kith.application.shared.Actor;
import dev.kith.domain.export.ExportErrors;
import dev.kith.domain.export.ExportId;
import java.time.Clock;

/** Tells the owner of an export where it is: pending, running, ready (with its link) or failed. */
public final class GetExport {

    private final ExportRepository exports;
    private final ExportLinks links;
    private final Clock clock;

    GetExport(ExportRepository exports, ExportLinks links, Clock clock) {
        this.exports = exports;
        this.links = links;
        this.clock = clock;
    }

    /**
     * The export, as its owner sees it.
     *
     * @param actor its owner
     * @param exportId the export's id, as the API shows it
     * @throws ExportErrors.ExportNotFound when there is no such export or it is another account's
     */
    public ExportView execute(Actor actor, String exportId) {
        ExportId id = ExportIds.parse(exportId);
        var account = actor.requireAccount();
        return exports.find(id).filter(e -> e.account().equals(account))
                .map(e -> links.view(e, clock.instant()))
                .orElseThrow(ExportErrors.ExportNotFound::new);
    }
}
