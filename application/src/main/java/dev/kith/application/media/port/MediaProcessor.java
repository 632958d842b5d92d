package dev.kith.application.media.port;

import dev.kith.domain.media.MediaErrors.ImageTooLarge;
import dev.kith.domain.media.MediaErrors.InvalidMedia;
import dev.kith.domain.media.MediaErrors.UnsupportedMediaType;
import dev.kith.domain.media.MediaFormat;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Inspects and processes an uploaded file that is already on disk: tells its format from its bytes, re-encodes
 * images without their metadata, checks a video's container and takes a poster frame from it. Reads the
 * given files and writes only to the given output paths; never deletes anything. Thread-safe; implementations
 * bound how many files they decode at once, so callers may call it from any number of threads.
 *
 * <p>Failures are the domain's: {@link UnsupportedMediaType} (not an accepted format), {@link InvalidMedia}
 * (claims a format but is broken) and {@link ImageTooLarge} (too many pixels to decode safely). A file that
 * cannot be read at all, or an output that cannot be written, is an {@link java.io.UncheckedIOException}.
 */
public interface MediaProcessor {

    /**
     * The file's format, told from its first bytes (magic numbers) only; the file name and any type the client
     * declared are never consulted. Does not decode the file: a file detected here may still be refused as
     * {@link InvalidMedia} by {@link #processImage} or {@link #probeVideo}.
     *
     * @param file the uploaded file
     * @return one of the accepted formats
     * @throws UnsupportedMediaType for anything else: SVG, HTML, text, PDF, QuickTime, Matroska, HEIC, an
     *     empty file...
     */
    MediaFormat detect(Path file);

    /**
     * Decodes an image and writes two new files from its pixels alone, so that no metadata survives (EXIF, GPS,
     * XMP, IPTC, ICC profiles, comments, PNG text chunks): the display image, turned upright by its EXIF
     * orientation and scaled down to the processor's display size, and a small still thumbnail. JPEG stays
     * JPEG and PNG stays PNG; WebP becomes PNG when it has transparency and JPEG otherwise; an animated GIF
     * stays an animated GIF (same frames, delays and loop count), a single-frame GIF becomes PNG. The
     * thumbnail is JPEG, or PNG when the image has transparency. Existing output files are replaced.
     *
     * @param original the uploaded image
     * @param format its format, as {@link #detect} told it; must be an image format
     * @param display where to write the display image
     * @param thumbnail where to write the thumbnail
     * @return the formats and sizes written, and the thumbnail's blurhash
     * @throws ImageTooLarge when the image declares more pixels than the processor decodes, or an animation is
     *     larger than the display size; told from the header, before any decoding
     * @throws InvalidMedia when the file is not a readable image of that format
     * @throws IllegalArgumentException when {@code format} is a video format
     */
    ProcessedImage processImage(Path original, MediaFormat format, Path display, Path thumbnail);

    /**
     * Checks that a video's container is well formed, not merely that it starts with the right bytes, and reads
     * its frame size and duration. MP4 must be an ISO base media file (not QuickTime) whose top-level boxes
     * span the file exactly, with a {@code moov} box holding a video track; WebM must have an EBML header of
     * doc type {@code webm}, a Segment with Info and Tracks, and a video track of size. The video stream itself
     * is not decoded.
     *
     * @param file the uploaded video
     * @param format its format, as {@link #detect} told it; must be a video format
     * @return its displayed size (rotation applied) and duration
     * @throws InvalidMedia when the container is broken or has no video track
     * @throws UnsupportedMediaType when the container is a relative of the format that is not accepted
     * @throws IllegalArgumentException when {@code format} is an image format
     */
    VideoInfo probeVideo(Path file, MediaFormat format);

    /**
     * Takes a representative frame from the start of a video and writes it as a JPEG thumbnail, when the
     * processor has a video decoder (ffmpeg) at hand. Never throws for a missing or failing decoder: the
     * upload is still good without a poster.
     *
     * @param video a video {@link #probeVideo} accepted
     * @param thumbnail where to write the JPEG; replaced if present, left absent when no frame was taken
     * @return the frame written and its blurhash; empty when there is no decoder, it failed or timed out
     */
    Optional<PosterFrame> posterFrame(Path video, Path thumbnail);
}
