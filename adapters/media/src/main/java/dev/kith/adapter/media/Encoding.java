package dev.kith.adapter.media;

import dev.kith.domain.media.MediaFormat;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageOutputStream;

/** Writes pixels as JPEG or PNG with no metadata but what the format needs (JFIF header, IHDR). */
final class Encoding {

    private Encoding() {
    }

    /** Writes the image as JPEG (it must have no alpha) or PNG, replacing the file. */
    static void write(BufferedImage image, MediaFormat format, Path file, float jpegQuality) {
        String name = switch (format) {
            case JPEG -> "jpeg";
            case PNG -> "png";
            default -> throw new IllegalArgumentException("only JPEG and PNG are written from pixels, not " + format);
        };
        ImageWriter writer = writer(name);
        try (ImageOutputStream out = open(file)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format == MediaFormat.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(jpegQuality);
            }
            // no metadata given: the writer makes a minimal JFIF or PNG header, nothing of the original survives
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        } finally {
            writer.dispose();
        }
    }

    /** The first ImageIO writer of that format. */
    static ImageWriter writer(String formatName) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(formatName);
        if (!writers.hasNext()) {
            throw new IllegalStateException("no ImageIO writer for " + formatName);
        }
        return writers.next();
    }

    /** A fresh, empty file to write to: a stream over the file itself, so ImageIO keeps no cache file. */
    static ImageOutputStream open(Path file) throws IOException {
        Files.deleteIfExists(file);
        return new FileImageOutputStream(file.toFile());
    }
}
