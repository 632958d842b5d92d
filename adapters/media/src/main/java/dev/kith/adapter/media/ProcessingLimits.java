package dev.kith.adapter.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The limits and output sizes of {@link ImageIoMediaProcessor}.
 *
 * @param maxPixels the most pixels (width times height, read from the header before decoding) an image may
 *     declare; an animated GIF's frames count together. Bigger images are refused as too large: they are
 *     decompression bombs or far beyond what a feed shows
 * @param maxFullDecodePixels the most pixels of an image whose reader cannot subsample while decoding (WebP),
 *     so that it needs 4 bytes a pixel at once
 * @param displayMaxSide the longest side of the display image; larger images are scaled down, smaller ones are
 *     kept at their size. Animated GIFs are not scaled: a larger one is refused
 * @param thumbnailMaxSide the longest side of thumbnails and video poster frames
 * @param jpegQuality the JPEG encoder's quality, from 0 (smallest) to 1 (best)
 * @param maxConcurrentDecodes how many files are decoded (or handed to ffmpeg) at once; further callers wait.
 *     Each decode needs up to about {@link #HEAP_PER_DECODE} of heap
 * @param ffmpeg the ffmpeg executable, a path or a bare name looked up on the {@code PATH}; poster frames are
 *     skipped when it cannot be started
 * @param ffmpegTimeout how long ffmpeg may take for one poster frame before it is killed
 */
public record ProcessingLimits(long maxPixels, long maxFullDecodePixels, int displayMaxSide, int thumbnailMaxSide,
                            float jpegQuality, int maxConcurrentDecodes, Path ffmpeg, Duration ffmpegTimeout) {

    /** The heap one decode needs at most, with the default display size: what the default concurrency allows. */
    public static final long HEAP_PER_DECODE = 96L * 1024 * 1024;

    public ProcessingLimits {
        if (maxPixels < 1) {
            throw new IllegalArgumentException("maxPixels must be positive, was " + maxPixels);
        }
        if (maxFullDecodePixels < 1 || maxFullDecodePixels > maxPixels) {
            throw new IllegalArgumentException("maxFullDecodePixels must be between 1 and maxPixels, was "
                    + maxFullDecodePixels);
        }
        if (thumbnailMaxSide < 16 || displayMaxSide < thumbnailMaxSide) {
            throw new IllegalArgumentException("need 16 <= thumbnailMaxSide <= displayMaxSide, was "
                    + thumbnailMaxSide + " and " + displayMaxSide);
        }
        if (!(jpegQuality > 0 && jpegQuality <= 1)) {
            throw new IllegalArgumentException("jpegQuality must be in (0, 1], was " + jpegQuality);
        }
        if (maxConcurrentDecodes < 1) {
            throw new IllegalArgumentException("maxConcurrentDecodes must be at least 1, was " + maxConcurrentDecodes);
        }
        Objects.requireNonNull(ffmpeg, "ffmpeg");
        Objects.requireNonNull(ffmpegTimeout, "ffmpegTimeout");
        if (ffmpegTimeout.isNegative() || ffmpegTimeout.isZero()) {
            throw new IllegalArgumentException("ffmpegTimeout must be positive, was " + ffmpegTimeout);
        }
    }

    /**
     * The defaults: 100 megapixels at most (25 for WebP), display images up to 2048 px, thumbnails up to 400 px,
     * JPEG quality 0.85, ffmpeg from the {@code PATH} with 20 seconds a frame, and as many concurrent decodes as
     * there are processors, but no more than the maximum heap holds at {@link #HEAP_PER_DECODE} each (so two
     * with {@code -Xmx256m}), and at least one.
     */
    public static ProcessingLimits defaults() {
        return new ProcessingLimits(100_000_000L, 25_000_000L, 2048, 400, 0.85f, defaultConcurrency(),
                Path.of("ffmpeg"), Duration.ofSeconds(20));
    }

    /** These settings with another number of concurrent decodes. */
    public ProcessingLimits withMaxConcurrentDecodes(int maxConcurrentDecodes) {
        return new ProcessingLimits(maxPixels, maxFullDecodePixels, displayMaxSide, thumbnailMaxSide, jpegQuality,
                maxConcurrentDecodes, ffmpeg, ffmpegTimeout);
    }

    /** These settings with another ffmpeg executable. */
    public ProcessingLimits withFfmpeg(Path ffmpeg) {
        return new ProcessingLimits(maxPixels, maxFullDecodePixels, displayMaxSide, thumbnailMaxSide, jpegQuality,
                maxConcurrentDecodes, ffmpeg, ffmpegTimeout);
    }

    /** These settings with other pixel limits. */
    public ProcessingLimits withMaxPixels(long maxPixels, long maxFullDecodePixels) {
        return new ProcessingLimits(maxPixels, maxFullDecodePixels, displayMaxSide, thumbnailMaxSide, jpegQuality,
                maxConcurrentDecodes, ffmpeg, ffmpegTimeout);
    }

    private static int defaultConcurrency() {
        long byHeap = Runtime.getRuntime().maxMemory() / HEAP_PER_DECODE;
        return (int) Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), byHeap));
    }
}
