package dev.kith.application.media;

import dev.kith.application.media.port.MediaProcessor;
import dev.kith.application.media.port.MediaRepository;
import dev.kith.application.media.port.MediaStorage;
import dev.kith.application.media.port.ProcessedImage;
import dev.kith.application.media.port.StorageKey;
import dev.kith.application.media.port.VideoInfo;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.Outbox;
import dev.kith.application.shared.port.OutboxMessage;
import dev.kith.application.shared.port.OutboxMessageId;
import dev.kith.application.shared.port.SecretGenerator;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.media.Media;
import dev.kith.domain.media.MediaErrors;
import dev.kith.domain.media.MediaFormat;
import dev.kith.domain.shared.MediaId;
import dev.kith.domain.media.MediaState;
import dev.kith.domain.media.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes an upload: spools it to a scratch file within the limit of its type (decided from its first bytes),
 * checks and processes it, stores its files, and records it.
 */
public final class UploadMedia {

    /** The outbox topic of videos waiting for their poster frame. */
    public static final String POSTER_FRAME = "media.poster-frame";

    // enough for every supported format's signature (RIFF....WEBP, ....ftyp, EBML), and then some
    private static final int HEADER_BYTES = 64 * 1024;

    private final Transactor transactor;
    private final MediaRepository media;
    private final MediaStorage storage;
    private final MediaProcessor processor;
    private final Outbox outbox;
    private final IdGenerator ids;
    private final SecretGenerator secrets;
    private final MediaSettings settings;
    private final Clock clock;

    UploadMedia(Transactor transactor, MediaRepository media, MediaStorage storage, MediaProcessor processor, Outbox outbox,
                IdGenerator ids, SecretGenerator secrets, MediaSettings settings, Clock clock) {
        this.transactor = transactor;
        this.media = media;
        this.storage = storage;
        this.processor = processor;
        this.outbox = outbox;
        this.ids = ids;
        this.secrets = secrets;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Stores an image or a video, reading {@code content} once, with bounded memory, whatever its size.
     *
     * <p>An image is decoded (subsampled when large, on a bounded pool), turned upright by its EXIF
     * orientation, re-encoded without any metadata, scaled to at most 2,048 px, and given a thumbnail and a
     * blurhash before this returns: it is {@code ready}. A video's container is checked and its size and
     * duration read before this returns; its poster frame is made afterwards (through the outbox), so it
     * is {@code processing} until then.
     *
     * @param actor a signed-in account, the owner
     * @param command the bytes and an optional alt text
     * @return the stored media
     * @throws MediaErrors.UnsupportedMediaType when the bytes are no JPEG, PNG, WebP, GIF, MP4 or WebM (415)
     * @throws MediaErrors.MediaTooLarge as soon as the bytes read pass the limit of their type (413)
     * @throws MediaErrors.ImageTooLarge when an image has more pixels than allowed (413)
     * @throws MediaErrors.InvalidMedia when the file is damaged (400)
     */
    public Media execute(Actor actor, Command command) {
        AccountId owner = actor.requireAccount();
        Optional<String> description = Media.validDescription(command.description().orElse(null));
        List<Path> scratch = new ArrayList<>();
        try {
            Path upload = scratchFile(scratch);
            Spooled spooled = spool(command.content(), upload);
            return spooled.format().type() == MediaType.IMAGE
                    ? image(owner, upload, spooled.format(), description, scratch)
                    : video(owner, upload, spooled, description);
        } finally {
            scratch.forEach(UploadMedia::deleteQuietly);
        }
    }

    private Media image(AccountId owner, Path upload, MediaFormat format, Optional<String> description, List<Path> scratch) {
        Path display = scratchFile(scratch);
        Path thumbnail = scratchFile(scratch);
        ProcessedImage image = processor.processImage(upload, format, display, thumbnail);
        String token = secrets.next().reveal();
        StorageKey displayKey = StorageKey.fresh(token, "display." + image.display().format().extension());
        StorageKey thumbnailKey = StorageKey.fresh(token, "thumbnail." + image.thumbnail().format().extension());
        Media stored = new Media(new MediaId(ids.next()), owner, MediaType.IMAGE, MediaState.READY, displayKey.value(),
                image.display().format(), size(display), Optional.of(thumbnailKey.value()), image.display().width(),
                image.display().height(), Optional.empty(), Optional.of(image.blurhash()), description, false, clock.instant());
        storage.put(displayKey, display, image.display().contentType());
        storage.put(thumbnailKey, thumbnail, image.thumbnail().contentType());
        return record(stored, false);
    }

    private Media video(AccountId owner, Path upload, Spooled spooled, Optional<String> description) {
        VideoInfo info = processor.probeVideo(upload, spooled.format());
        StorageKey key = StorageKey.fresh(secrets.next().reveal(), "video." + spooled.format().extension());
        Media stored = new Media(new MediaId(ids.next()), owner, MediaType.VIDEO, MediaState.PROCESSING, key.value(),
                spooled.format(), spooled.size(), Optional.empty(), info.width(), info.height(), Optional.of(info.duration()),
                Optional.empty(), description, false, clock.instant());
        storage.put(key, upload, spooled.format().contentType());
        return record(stored, true);
    }

    // Files first, then the row: a crash in between leaves files no row names, which cost space, never a
    // row whose files are missing. If the row cannot be written, the files are deleted through the outbox.
    private Media record(Media stored, boolean needsPosterFrame) {
        Instant now = clock.instant();
        try {
            transactor.run(() -> {
                media.add(stored);
                if (needsPosterFrame) {
                    outbox.enqueue(OutboxMessage.of(new OutboxMessageId(ids.next()), POSTER_FRAME,
                            Map.of("media", stored.id().value().toString()), now));
                }
            });
        } catch (RuntimeException e) {
            try {
                transactor.run(() -> Attachments.queueFileDeletion(List.of(stored), outbox, ids, now));
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
        return stored;
    }

    private Spooled spool(InputStream content, Path file) {
        try (InputStream in = content; OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[HEADER_BYTES];
            int header = readFully(in, buffer);
            if (header == 0) {
                throw new MediaErrors.InvalidMedia("is empty");
            }
            out.write(buffer, 0, header);
            out.flush();
            MediaFormat format = processor.detect(file);
            long limit = format.type() == MediaType.IMAGE ? settings.maxImageBytes() : settings.maxVideoBytes();
            long size = header;
            int read;
            while (size <= limit && (read = readSome(in, buffer)) != -1) {
                out.write(buffer, 0, read);
                size += read;
            }
            if (size > limit) {
                throw new MediaErrors.MediaTooLarge(limit);
            }
            return new Spooled(format, size);
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be spooled to " + settings.scratch(), e);
        }
    }

    // The client's side of the stream: a connection cut mid-upload is the client's failure, not the server's.
    private static int readFully(InputStream in, byte[] buffer) {
        try {
            return in.readNBytes(buffer, 0, buffer.length);
        } catch (IOException e) {
            throw new MediaErrors.InvalidMedia("the upload was cut off before it ended");
        }
    }

    private static int readSome(InputStream in, byte[] buffer) {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw new MediaErrors.InvalidMedia("the upload was cut off before it ended");
        }
    }

    private Path scratchFile(List<Path> scratch) {
        try {
            Files.createDirectories(settings.scratch());
            Path file = Files.createTempFile(settings.scratch(), "upload-", ".part");
            scratch.add(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("no scratch file in " + settings.scratch(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a scratch file left behind is removed with the scratch directory's other leftovers
        }
    }

    private record Spooled(MediaFormat format, long size) {
    }

    /**
     * What to upload.
     *
     * @param content the file's bytes; read once and closed
     * @param description alt text, up to 1,500 characters
     */
    public record Command(InputStream content, Optional<String> description) {
        public Command {
            java.util.Objects.requireNonNull(content, "content");
            description = description == null ? Optional.empty() : description;
        }
    }
}
