package dev.kith.adapter.media;

import dev.kith.domain.media.MediaErrors.UnsupportedMediaType;
import dev.kith.domain.media.MediaFormat;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells a file's format from its first bytes with Tika's magic numbers alone (no file name is given to it),
 * then settles the two families Tika leaves open: ISO media files (MP4 or QuickTime, by the {@code ftyp}
 * brands) and EBML files (WebM or Matroska, by the doc type).
 */
final class Detection {

    private static final MimeTypes MAGIC = MimeTypes.getDefaultMimeTypes();

    private Detection() {
    }

    static MediaFormat detect(Path file) {
        MediaType type = tikaType(file);
        return switch (type.getBaseType().toString()) {
            case "image/jpeg" -> MediaFormat.JPEG;
            case "image/png", "image/apng", "image/vnd.mozilla.apng" -> MediaFormat.PNG;
            case "image/gif" -> MediaFormat.GIF;
            case "image/webp" -> MediaFormat.WEBP;
            case "video/mp4", "video/quicktime", "video/x-m4v", "application/mp4" -> Mp4Container.detect(file);
            case "application/x-matroska", "video/x-matroska", "video/webm", "audio/webm" ->
                    WebmContainer.detect(file);
            default -> throw new UnsupportedMediaType();
        };
    }

    private static MediaType tikaType(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return MAGIC.detect(in, new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
