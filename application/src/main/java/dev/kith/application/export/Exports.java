package dev.kith.application.export;

import dev.kith.application.export.port.ExportPorts;
import dev.kith.application.media.port.MediaStorage;
import dev.kith.application.shared.ContextFacade;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.OutboxHandler;
import dev.kith.application.shared.OutgoingMail;
import dev.kith.application.shared.port.SharedPorts;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** The use cases of exports (an archive of everything an account holds), wired to their ports. Thread-safe. */
public final class Exports implements ContextFacade {

    private final RequestExport request;
    private final GetExport get;
    private final OpenExportArchive openArchive;
    private final OpenMailedExportArchive openMailedArchive;
    private final PurgeExpiredExports purgeExpired;
    private final BuildExport build;
    private final MediaStorage storage;

    /**
     * Wires the export use cases to their ports; {@link dev.kith.application.Kith} calls this for you.
     *
     * @param storage the media context's storage, which keeps the archives under {@code exports/}
     * @param scratch where archives are written before they are stored
     * @param publicBaseUrl the base of the download links
     * @param linkKey the key that signs the links the ready mails carry (the media links' key)
     * @param events where the use cases record export events
     */
    public Exports(SharedPorts shared, ExportPorts ports, MediaStorage storage, Path scratch, URI publicBaseUrl,
                   byte[] linkKey, DomainEvents events, Clock clock) {
        var transactor = shared.transactor();
        ExportLinks links = new ExportLinks(publicBaseUrl, linkKey);
        this.storage = storage;
        this.request = new RequestExport(transactor, ports.exports(), shared.outbox(), shared.ids(), shared.secrets(),
                events, links, clock);
        this.get = new GetExport(ports.exports(), links, clock);
        this.openArchive = new OpenExportArchive(ports.exports(), storage, clock);
        this.openMailedArchive = new OpenMailedExportArchive(ports.exports(), storage, links, clock);
        this.purgeExpired = new PurgeExpiredExports(transactor, ports.exports(), shared.outbox(), shared.ids(), clock);
        this.build = new BuildExport(transactor, ports.exports(), ports.source(),
                new ExportArchive(ports.source(), storage, publicBaseUrl), storage, scratch, events,
                new OutgoingMail(shared.outbox(), shared.ids()), new ExportMails(links), clock);
        events.subscribe(new AccountExportsErasure(ports.exports(), shared.outbox(), shared.ids()));
    }

    /** The export worker, and the deletion of expired archives. */
    @Override
    public Map<String, OutboxHandler> outboxHandlers() {
        return Map.of(BuildExport.TOPIC, build,
                PurgeExpiredExports.DELETE_ARCHIVE, PurgeExpiredExports.deletingFrom(storage));
    }

    public RequestExport request() {
        return request;
    }

    public GetExport get() {
        return get;
    }

    public OpenExportArchive openArchive() {
        return openArchive;
    }

    /** The download through the ready mail's signed link. */
    public OpenMailedExportArchive openMailedArchive() {
        return openMailedArchive;
    }

    public PurgeExpiredExports purgeExpired() {
        return purgeExpired;
    }
}
