package dev.kith.application.media;

import dev.kith.application.media.port.MediaPorts;
import dev.kith.application.media.port.MediaStorage;
import dev.kith.application.media.port.StorageKey;
import dev.kith.application.shared.ContextFacade;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.OutboxHandler;
import dev.kith.application.shared.port.SharedPorts;
import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;

/** The use cases of uploads (images and videos), wired to their ports. Thread-safe. */
public final class MediaLibrary implements ContextFacade {

    private final UploadMedia upload;
    private final GetMedia get;
    private final DescribeMedia describe;
    private final OpenMediaFile openFile;
    private final PurgeUnattachedMedia purgeUnattached;
    private final Attachments attachments;
    private final MediaLinks links;
    private final MediaSettings settings;
    private final Map<String, OutboxHandler> handlers;

    /**
     * Wires the media use cases to their ports; {@link dev.kith.application.Kith} calls this for you.
     *
     * @param publicBaseUrl the base of the server's media links
     * @param events where it listens for erased accounts, whose media it deletes
     */
    public MediaLibrary(SharedPorts shared, MediaPorts ports, MediaSettings settings, URI publicBaseUrl, DomainEvents events,
                        Clock clock) {
        var transactor = shared.transactor();
        var media = ports.media();
        MediaStorage storage = ports.storage();
        this.settings = settings;
        this.links = new MediaLinks(storage, publicBaseUrl, settings.linkKey(), clock);
        this.attachments = new Attachments(media, shared.outbox(), shared.ids());
        this.upload = new UploadMedia(transactor, media, storage, ports.processor(), shared.outbox(), shared.ids(),
                shared.secrets(), settings, clock);
        this.get = new GetMedia(media);
        this.describe = new DescribeMedia(transactor, media);
        this.openFile = new OpenMediaFile(storage, links);
        this.purgeUnattached = new PurgeUnattachedMedia(transactor, media, shared.outbox(), shared.ids(), clock);
        events.subscribe(new AccountMediaErasure(media, shared.outbox(), shared.ids()));
        this.handlers = Map.of(
                UploadMedia.POSTER_FRAME, new PosterFrames(transactor, media, storage, ports.processor(), shared.outbox(),
                        shared.ids(), settings, clock),
                Attachments.DELETE_FILES, message -> Arrays.stream(message.payload().get("keys").split("\n"))
                        .filter(key -> !key.isBlank())
                        .map(StorageKey::new)
                        .forEach(storage::delete));
    }

    /** Making poster frames, and deleting the files of deleted media. */
    @Override
    public Map<String, OutboxHandler> outboxHandlers() {
        return handlers;
    }

    public UploadMedia upload() {
        return upload;
    }

    public GetMedia get() {
        return get;
    }

    public DescribeMedia describe() {
        return describe;
    }

    public OpenMediaFile openFile() {
        return openFile;
    }

    public PurgeUnattachedMedia purgeUnattached() {
        return purgeUnattached;
    }

    /** How posts, avatars and stories attach and release media. */
    public Attachments attachments() {
        return attachments;
    }

    /** The links under which media files are fetched. */
    public MediaLinks links() {
        return links;
    }

    /** The limits and scratch space uploads run with. */
    public MediaSettings settings() {
        return settings;
    }
}
