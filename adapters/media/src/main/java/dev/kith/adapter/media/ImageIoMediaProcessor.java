package dev.kith.adapter.media;

import dev.kith.application.media.port.MediaProcessor;
import dev.kith.application.media.port.PosterFrame;
import dev.kith.application.media.port.ProcessedImage;
import dev.kith.application.media.port.Rendition;
import dev.kith.application.media.port.VideoInfo;
import dev.kith.domain.media.MediaErrors.ImageTooLarge;
import dev.kith.domain.media.MediaErrors.InvalidMedia;
import dev.kith.domain.media.MediaFormat;
import dev.kith.domain.media.MediaType;
import io.trbl.blurhash.BlurHash;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The media processor on the JDK's ImageIO (with TwelveMonkeys for JPEG and WebP), Tika's magic numbers,
 * metadata-extractor for the EXIF orientation, isoparser for MP4 and ffmpeg, when installed, for poster frames.
 *
 * <p>Images are never decoded at full size when they are larger than needed: the pixel count is checked from
 * the header first, then the reader subsamples while decoding so that the decoded image is at most twice the
 * display size, and the rest is scaled precisely. At most {@link ProcessingLimits#maxConcurrentDecodes()} files
 * are decoded at once; callers beyond that wait their turn, so memory stays bounded under any load.
 * Thread-safe.
 */
public final class ImageIoMediaProcessor implements MediaProcessor {

    private static final int BLURHASH_X = 4;
    private static final int BLURHASH_Y = 3;
    private static final int BLURHASH_SOURCE_SIDE = 64;

    private final ProcessingLimits settings;
    private final Semaphore decodes;
    private final Ffmpeg ffmpeg;

    public ImageIoMediaProcessor(ProcessingLimits settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.decodes = new Semaphore(settings.maxConcurrentDecodes(), true);
        this.ffmpeg = new Ffmpeg(settings.ffmpeg(), settings.ffmpegTimeout());
        ImageIO.scanForPlugins(); // in case ImageIO was first used before TwelveMonkeys was on the class path
    }

    /** A processor with {@link ProcessingLimits#defaults()}. */
    public static ImageIoMediaProcessor withDefaults() {
        return new ImageIoMediaProcessor(ProcessingLimits.defaults());
    }

    /** The settings it runs with. */
    public ProcessingLimits settings() {
        return settings;
    }

    @Override
    public MediaFormat detect(Path file) {
        return Detection.detect(file);
    }

    @Override
    public ProcessedImage processImage(Path original, MediaFormat format, Path display, Path thumbnail) {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(thumbnail, "thumbnail");
        if (format.type() != MediaType.IMAGE) {
            throw new IllegalArgumentException("not an image format: " + format);
        }
        return limited(() -> {
            try (ImageInputStream in = open(original)) {
                ImageReader reader = reader(format, in);
                try {
                    return process(original, format, reader, display, thumbnail);
                } finally {
                    reader.dispose();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + original, e);
            }
        });
    }

    @Override
    public VideoInfo probeVideo(Path file, MediaFormat format) {
        Objects.requireNonNull(file, "file");
        return switch (format) {
            case MP4 -> limited(() -> Mp4Container.probe(file));
            case WEBM -> limited(() -> WebmContainer.probe(file));
            default -> throw new IllegalArgumentException("not a video format: " + format);
        };
    }

    @Override
    public Optional<PosterFrame> posterFrame(Path video, Path thumbnail) {
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(thumbnail, "thumbnail");
        return limited(() -> {
            MediaFormat format;
            try {
                format = Detection.detect(video);
            } catch (RuntimeException e) {
                return Optional.empty();
            }
            if (format.type() != MediaType.VIDEO) {
                return Optional.empty();
            }
            return ffmpeg.frame(video, format, thumbnail, settings.thumbnailMaxSide() * 2)
                    .flatMap(frame -> poster(frame, thumbnail));
        });
    }

    private Optional<PosterFrame> poster(BufferedImage frame, Path thumbnail) {
        Dimension size = Scaling.fit(frame.getWidth(), frame.getHeight(), settings.thumbnailMaxSide());
        BufferedImage small = Scaling.to(frame, size.width, size.height, false);
        Encoding.write(small, MediaFormat.JPEG, thumbnail, settings.jpegQuality());
        return Optional.of(new PosterFrame(new Rendition(MediaFormat.JPEG, size.width, size.height), blurhash(small)));
    }

    private ProcessedImage process(Path original, MediaFormat format, ImageReader reader, Path display,
                                   Path thumbnail) throws IOException {
        int width = decoding(() -> reader.getWidth(0));
        int height = decoding(() -> reader.getHeight(0));
        long limit = format == MediaFormat.WEBP ? settings.maxFullDecodePixels() : settings.maxPixels();
        if ((long) width * height > limit) {
            throw ImageTooLarge.pixels(limit);
        }
        if (format == MediaFormat.GIF) {
            int frames = decoding(() -> reader.getNumImages(true));
            if (frames > 1) {
                return animated(reader, frames, display, thumbnail);
            }
        }
        int orientation = Orientation.read(original, format);
        BufferedImage decoded = decoding(() -> reader.read(0, subsampled(reader, width, height)));
        boolean alpha = decoded.getColorModel().hasAlpha();
        boolean swap = Orientation.swapsSides(orientation);

        // sizes are worked out from the original's, not the subsampled image's, so that they are exact
        Dimension shown = Scaling.fit(swap ? height : width, swap ? width : height, settings.displayMaxSide());
        BufferedImage upright = Orientation.apply(
                Scaling.to(decoded, swap ? shown.height : shown.width, swap ? shown.width : shown.height, alpha),
                orientation);
        decoded = null; // the biggest object here; let it go before the thumbnail is made

        MediaFormat displayFormat = switch (format) {
            case JPEG -> MediaFormat.JPEG;
            case WEBP -> alpha ? MediaFormat.PNG : MediaFormat.JPEG;
            default -> MediaFormat.PNG;
        };
        Encoding.write(upright, displayFormat, display, settings.jpegQuality());
        Rendition small = thumbnail(upright, alpha, thumbnail);
        return new ProcessedImage(new Rendition(displayFormat, upright.getWidth(), upright.getHeight()), small,
                blurhash(upright));
    }

    private ProcessedImage animated(ImageReader reader, int frames, Path display, Path thumbnail) throws IOException {
        int width = reader.getWidth(0);
        int height = reader.getHeight(0);
        long pixels = 0;
        for (int i = 0; i < frames; i++) {
            int frame = i;
            pixels += (long) decoding(() -> reader.getWidth(frame)) * decoding(() -> reader.getHeight(frame));
        }
        if (pixels > settings.maxPixels()) {
            throw ImageTooLarge.pixels(settings.maxPixels());
        }
        Dimension canvas = AnimatedGif.canvas(reader).orElse(new Dimension(width, height));
        if (Math.max(canvas.width, canvas.height) > settings.displayMaxSide()) {
            throw ImageTooLarge.animationSide(settings.displayMaxSide());
        }
        decoding(() -> {
            AnimatedGif.rewrite(reader, frames, display);
            return null;
        });
        BufferedImage first = decoding(() -> AnimatedGif.firstFrame(reader, canvas));
        Rendition small = thumbnail(first, first.getColorModel().hasAlpha(), thumbnail);
        return new ProcessedImage(new Rendition(MediaFormat.GIF, canvas.width, canvas.height), small,
                blurhash(first));
    }

    private Rendition thumbnail(BufferedImage upright, boolean alpha, Path target) {
        Dimension size = Scaling.fit(upright.getWidth(), upright.getHeight(), settings.thumbnailMaxSide());
        BufferedImage small = Scaling.to(upright, size.width, size.height, alpha);
        MediaFormat format = alpha ? MediaFormat.PNG : MediaFormat.JPEG;
        Encoding.write(small, format, target, settings.jpegQuality());
        return new Rendition(format, size.width, size.height);
    }

    /** Reads every {@code n}th pixel of every {@code n}th row, so the decoded image is 1 to 2 times the display size. */
    private ImageReadParam subsampled(ImageReader reader, int width, int height) {
        ImageReadParam param = reader.getDefaultReadParam();
        int step = Math.max(1, Math.max(width, height) / settings.displayMaxSide());
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        return param;
    }

    private static String blurhash(BufferedImage image) {
        // the hash is a few averages: 64 pixels say as much as 4000 and take a thousandth of the time
        Dimension size = Scaling.fit(image.getWidth(), image.getHeight(), BLURHASH_SOURCE_SIDE);
        return BlurHash.encode(Scaling.to(image, size.width, size.height, false), BLURHASH_X, BLURHASH_Y);
    }

    private static ImageInputStream open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        ImageInputStream in = ImageIO.createImageInputStream(file.toFile());
        if (in == null) {
            throw new IOException("ImageIO cannot open " + file);
        }
        return in;
    }

    private static ImageReader reader(MediaFormat format, ImageInputStream in) throws IOException {
        String name = switch (format) {
            case JPEG -> "jpeg";
            case PNG -> "png";
            case GIF -> "gif";
            case WEBP -> "webp";
            default -> throw new IllegalArgumentException("not an image format: " + format);
        };
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(name);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            in.mark();
            boolean fits = reader.getOriginatingProvider().canDecodeInput(in);
            in.reset();
            if (fits) {
                // metadata is read for GIF only, where the frames' delays and palettes live
                reader.setInput(in, false, format != MediaFormat.GIF);
                return reader;
            }
            reader.dispose();
        }
        throw new InvalidMedia("the file is not a readable " + format + " image");
    }

    /** What a reader throws on broken data, from IIOException to array indices out of bounds, as {@link InvalidMedia}. */
    private static <T> T decoding(Decoding<T> step) {
        try {
            return step.run();
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImageTooLarge || e instanceof InvalidMedia || e instanceof UncheckedIOException) {
                throw (RuntimeException) e;
            }
            throw new InvalidMedia("the image data cannot be decoded");
        }
    }

    private <T> T limited(Supplier<T> work) {
        try {
            decodes.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to decode", e);
        }
        try {
            return work.get();
        } finally {
            decodes.release();
        }
    }

    @FunctionalInterface
    private interface Decoding<T> {
        T run() throws IOException;
    }
}
