package dev.kith.adapter.media;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.png.PngMetadataReader;
import com.drew.imaging.webp.WebpMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import dev.kith.domain.media.MediaFormat;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The EXIF orientation of an image (1 to 8), and turning pixels upright by it. */
final class Orientation {

    static final int UPRIGHT = 1;

    private Orientation() {
    }

    /**
     * The orientation tag of a JPEG, PNG ({@code eXIf}) or WebP ({@code EXIF}); {@link #UPRIGHT} when there is
     * none or the metadata is unreadable: the pixels are what matters, and the metadata is dropped anyway.
     */
    static int read(Path file, MediaFormat format) {
        try (InputStream in = Files.newInputStream(file)) {
            Metadata metadata = switch (format) {
                case JPEG -> JpegMetadataReader.readMetadata(in);
                case PNG -> PngMetadataReader.readMetadata(in);
                case WEBP -> WebpMetadataReader.readMetadata(in);
                default -> new Metadata();
            };
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif == null || !exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return UPRIGHT;
            }
            int tag = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            return tag >= 1 && tag <= 8 ? tag : UPRIGHT;
        } catch (Exception | StackOverflowError e) {
            // metadata-extractor reports broken metadata in many ways; none of them makes the pixels unusable
            return UPRIGHT;
        }
    }

    /** Whether the orientation swaps width and height (the four that turn by a quarter). */
    static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** The image turned upright; the same image when it already is. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation == UPRIGHT) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);   // mirrored left-right
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);  // turned half round
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);   // mirrored top-bottom
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);    // mirrored along the main diagonal
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);   // a quarter turn clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);  // mirrored along the other diagonal
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);   // a quarter turn counter-clockwise
            default -> throw new IllegalArgumentException("no EXIF orientation " + orientation);
        };
        boolean swap = swapsSides(orientation);
        BufferedImage upright = new BufferedImage(swap ? h : w, swap ? w : h, image.getType());
        Graphics2D g = upright.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(image, transform, null);
        } finally {
            g.dispose();
        }
        return upright;
    }
}
