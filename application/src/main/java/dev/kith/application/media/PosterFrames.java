package dev.kith.application.media;

import dev.kith.application.media.port.MediaProcessor;
import dev.kith.application.media.port.MediaRepository;
import dev.kith.application.media.port.MediaStorage;
import dev.kith.application.media.port.MissingObject;
import dev.kith.application.media.port.PosterFrame;
import dev.kith.application.media.port.StorageKey;
import dev.kith.application.shared.OutboxHandler;
import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.Outbox;
import dev.kith.application.shared.port.OutboxMessage;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.media.Media;
import dev.kith.domain.shared.MediaId;
import dev.kith.domain.media.MediaState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox handler that finishes a video after its upload answered: makes its poster frame (when the
 * processor can: ffmpeg on the PATH) and marks it ready, with or without a thumbnail. A failing store is
 * retried by the relay; a video whose file is gone is marked failed. Delivered at least once: a video
 * already finished is left alone.
 */
final class PosterFrames implements OutboxHandler {

    private final Transactor transactor;
    private final MediaRepository media;
    private final MediaStorage storage;
    private final MediaProcessor processor;
    private final Outbox outbox;
    private final IdGenerator ids;
    private final MediaSettings settings;
    private final Clock clock;

    PosterFrames(Transactor transactor, MediaRepository media, MediaStorage storage, MediaProcessor processor, Outbox outbox,
                 IdGenerator ids, MediaSettings settings, Clock clock) {
        this.transactor = transactor;
        this.media = media;
        this.storage = storage;
        this.processor = processor;
        this.outbox = outbox;
        this.ids = ids;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void handle(OutboxMessage message) {
        MediaId id = new MediaId(UUID.fromString(message.payload().get("media")));
        Optional<Media> processing = transactor.inTransaction(() -> media.find(id))
                .filter(found -> found.state() == MediaState.PROCESSING);
        if (processing.isEmpty()) {
            return;
        }
        Media video = processing.get();
        Path original = null;
        Path frame = null;
        try {
            Files.createDirectories(settings.scratch());
            original = Files.createTempFile(settings.scratch(), "video-", ".part");
            frame = Files.createTempFile(settings.scratch(), "frame-", ".part");
            try (InputStream in = storage.open(new StorageKey(video.file()), 0, Long.MAX_VALUE)) {
                Files.copy(in, original, StandardCopyOption.REPLACE_EXISTING);
            } catch (MissingObject gone) {
                transactor.run(() -> media.finishProcessing(id, MediaState.FAILED, Optional.empty(), Optional.empty()));
                return;
            }
            Optional<PosterFrame> poster = processor.posterFrame(original, frame);
            Optional<StorageKey> thumbnail = Optional.empty();
            if (poster.isPresent()) {
                StorageKey key = sibling(video.file(), "thumbnail." + poster.get().thumbnail().format().extension());
                storage.put(key, frame, poster.get().thumbnail().contentType());
                thumbnail = Optional.of(key);
            }
            Optional<StorageKey> made = thumbnail;
            transactor.run(() -> {
                boolean finished = media.finishProcessing(id, MediaState.READY, made.map(StorageKey::value),
                        poster.map(PosterFrame::blurhash));
                if (!finished && made.isPresent()) {
                    // deleted while its frame was made: the frame goes too
                    Attachments.queueFileDeletion(List.of(video.ready(made.map(StorageKey::value), Optional.empty())),
                            outbox, ids, clock.instant());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("no scratch space for a poster frame", e);
        } finally {
            deleteQuietly(original);
            deleteQuietly(frame);
        }
    }

    // the key beside another: media/ab/<token>/video.mp4 -> media/ab/<token>/thumbnail.jpg
    private static StorageKey sibling(String file, String name) {
        return new StorageKey(file.substring(0, file.lastIndexOf('/') + 1) + name);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // scratch leftovers cost disk only
            }
        }
    }
}
