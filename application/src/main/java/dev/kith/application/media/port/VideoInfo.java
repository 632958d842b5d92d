package dev.kith.application.media.port;

import java.time.Duration;
import java.util.Objects;

/**
 * What {@link MediaProcessor#probeVideo} read from a video's container.
 *
 * @param width the width it is shown at, in pixels, with its rotation applied
 * @param height the height it is shown at, in pixels, with its rotation applied
 * @param duration how long it plays; {@link Duration#ZERO} when the container does not say (a live recording)
 */
public record VideoInfo(int width, int height, Duration duration) {
    public VideoInfo {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a video has at least one pixel, was " + width + "x" + height);
        }
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the duration must not be negative, was " + duration);
        }
    }
}
