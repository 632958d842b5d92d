package dev.kith.application.media.port;

import java.util.Objects;

/**
 * The still image {@link MediaProcessor#posterFrame} took from a video, to show before it plays.
 *
 * @param thumbnail the written frame, a JPEG no larger than the processor's thumbnail size
 * @param blurhash its <a href="https://blurha.sh">blurhash</a>, 4 by 3 components
 */
public record PosterFrame(Rendition thumbnail, String blurhash) {
    public PosterFrame {
        Objects.requireNonNull(thumbnail, "thumbnail");
        Objects.requireNonNull(blurhash, "blurhash");
        if (blurhash.isBlank()) {
            throw new IllegalArgumentException("the blurhash must not be blank");
        }
    }
}
