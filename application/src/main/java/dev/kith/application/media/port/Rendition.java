package dev.kith.application.media.port;

import dev.kith.domain.media.MediaFormat;
import dev.kith.domain.media.MediaType;
import java.util.Objects;

/**
 * An image file the processor wrote: its format and size in pixels.
 *
 * @param format the format it was written in, always an image format
 * @param width its width in pixels, at least 1
 * @param height its height in pixels, at least 1
 */
public record Rendition(MediaFormat format, int width, int height) {
    public Rendition {
        Objects.requireNonNull(format, "format");
        if (format.type() != MediaType.IMAGE) {
            throw new IllegalArgumentException("a rendition is an image, not " + format);
        }
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a rendition has at least one pixel, was " + width + "x" + height);
        }
    }

    /** The content type to serve it with, such as {@code image/jpeg}. */
    public String contentType() {
        return format.contentType();
    }
}
