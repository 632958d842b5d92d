package dev.kith.application.media.port;

import java.util.Objects;

/**
 * What {@link MediaProcessor#processImage} wrote: the image to display and its thumbnail, both stripped of
 * metadata and upright, and a blurhash to paint while they load.
 *
 * @param display the re-encoded image, no larger than the processor's display size
 * @param thumbnail the small still image (the first frame of an animation)
 * @param blurhash the thumbnail's <a href="https://blurha.sh">blurhash</a>, 4 by 3 components
 */
public record ProcessedImage(Rendition display, Rendition thumbnail, String blurhash) {
    public ProcessedImage {
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(thumbnail, "thumbnail");
        Objects.requireNonNull(blurhash, "blurhash");
        if (blurhash.isBlank()) {
            throw new IllegalArgumentException("the blurhash must not be blank");
        }
    }
}
