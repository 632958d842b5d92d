package dev.kith.application.media;

import dev.kith.application.media.port.MediaRepository;
import dev.kith.application.media.port.StorageKey;
import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.Outbox;
import dev.kith.application.shared.port.OutboxMessage;
import dev.kith.application.shared.port.OutboxMessageId;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.media.Media;
import dev.kith.domain.media.MediaErrors;
import dev.kith.domain.shared.MediaId;
import dev.kith.domain.media.MediaState;
import dev.kith.domain.media.MediaType;
import dev.kith.domain.shared.InvalidInput;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How other contexts use media: attach an owner's ready uploads to a post, an avatar or a story, and release
 * them when that goes (their rows now, their files after commit, through the outbox). Every method joins the
 * caller's transaction. Thread-safe.
 */
public final class Attachments {

    /** The outbox topic whose messages delete files from storage. */
    public static final String DELETE_FILES = "media.delete-files";

    private final MediaRepository media;
    private final Outbox outbox;
    private final IdGenerator ids;

    Attachments(MediaRepository media, Outbox outbox, IdGenerator ids) {
        this.media = media;
        this.outbox = outbox;
        this.ids = ids;
    }

    /**
     * Attaches {@code requested} to something of {@code owner}'s, in the given order.
     *
     * @param field the input field that named them, for errors ({@code mediaIds}, {@code avatarMediaId})
     * @param only the one media type allowed, or empty for any
     * @return the media, in the order requested
     * @throws InvalidInput when an id is malformed, repeated, unknown, not the owner's, or of the wrong type
     * @throws MediaErrors.MediaNotAttachable when one is still processing, failed, or attached already
     */
    public List<Media> attach(AccountId owner, String field, List<String> requested, Optional<MediaType> only) {
        Set<MediaId> wanted = new LinkedHashSet<>();
        for (String id : requested) {
            if (!wanted.add(MediaIds.parse(field, id))) {
                throw InvalidInput.field(field, "names one media twice");
            }
        }
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<MediaId, Media> found = media.findAll(wanted).stream()
                .filter(m -> m.owner().equals(owner))
                .collect(Collectors.toMap(Media::id, Function.identity()));
        for (MediaId id : wanted) {
            Media one = found.get(id);
            if (one == null) {
                throw InvalidInput.field(field, "no such media of yours: " + id.value());
            }
            if (only.isPresent() && one.type() != only.get()) {
                throw InvalidInput.field(field, "must be an " + only.get().name().toLowerCase(java.util.Locale.ROOT));
            }
            if (one.state() != MediaState.READY) {
                throw MediaErrors.MediaNotAttachable.notReady();
            }
            if (one.attached()) {
                throw MediaErrors.MediaNotAttachable.inUse();
            }
        }
        if (media.markAttached(wanted) != wanted.size()) {
            throw MediaErrors.MediaNotAttachable.inUse();  // attached by a concurrent change a moment ago
        }
        return wanted.stream().map(found::get).toList();
    }

    /** The file an avatar is shown by (its thumbnail), if {@code avatar} names media that exists. */
    public Optional<StorageKey> avatarFile(Optional<MediaId> avatar) {
        return avatar.flatMap(media::find).map(m -> new StorageKey(m.thumbnail().orElse(m.file())));
    }

    /**
     * Deletes media that what held them no longer needs, and queues the deletion of their files.
     *
     * @param released the media of a deleted post or story, or a replaced avatar; unknown ids are ignored
     */
    public void release(Collection<MediaId> released, Instant now) {
        if (!released.isEmpty()) {
            queueFileDeletion(media.delete(released), outbox, ids, now);
        }
    }

    /** Queues the deletion of the files of {@code deleted}, which are gone from the database. */
    static void queueFileDeletion(List<Media> deleted, Outbox outbox, IdGenerator ids, Instant now) {
        List<String> files = deleted.stream().flatMap(m -> m.files().stream()).toList();
        if (!files.isEmpty()) {
            outbox.enqueue(OutboxMessage.of(new OutboxMessageId(ids.next()), DELETE_FILES,
                    Map.of("keys", String.join("\n", files)), now));
        }
    }

}
