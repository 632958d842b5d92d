package dev.kith.adapter.media;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.w3c.dom.Node;

/**
 * Re-writes an animated GIF frame by frame with the JDK's GIF writer. Each frame keeps its pixels, palette,
 * position and graphic control (delay, disposal, transparency), and the first keeps the NETSCAPE loop count;
 * comments, plain-text extensions and every other application extension (XMP among them) are dropped.
 */
final class AnimatedGif {

    private static final String STREAM_FORMAT = "javax_imageio_gif_stream_1.0";
    private static final String IMAGE_FORMAT = "javax_imageio_gif_image_1.0";

    private AnimatedGif() {
    }

    /** The GIF's logical screen, which every frame is drawn on; empty when the file does not say. */
    static Optional<Dimension> canvas(ImageReader reader) throws IOException {
        IIOMetadata stream = reader.getStreamMetadata();
        if (stream == null) {
            return Optional.empty();
        }
        Node tree = stream.getAsTree(STREAM_FORMAT);
        for (Node child = tree.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeName().equals("LogicalScreenDescriptor")) {
                IIOMetadataNode screen = (IIOMetadataNode) child;
                int width = Integer.parseInt(screen.getAttribute("logicalScreenWidth"));
                int height = Integer.parseInt(screen.getAttribute("logicalScreenHeight"));
                if (width > 0 && height > 0) {
                    return Optional.of(new Dimension(width, height));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first frame drawn where it belongs on the canvas: {@code TYPE_INT_ARGB} when it has transparent
     * pixels or leaves part of the canvas empty, {@code TYPE_INT_RGB} otherwise.
     */
    static BufferedImage firstFrame(ImageReader reader, Dimension canvas) throws IOException {
        BufferedImage frame = reader.read(0);
        int left = 0;
        int top = 0;
        Node tree = reader.getImageMetadata(0).getAsTree(IMAGE_FORMAT);
        for (Node child = tree.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeName().equals("ImageDescriptor")) {
                left = Integer.parseInt(((IIOMetadataNode) child).getAttribute("imageLeftPosition"));
                top = Integer.parseInt(((IIOMetadataNode) child).getAttribute("imageTopPosition"));
            }
        }
        boolean covers = left == 0 && top == 0 && frame.getWidth() >= canvas.width
                && frame.getHeight() >= canvas.height;
        boolean alpha = frame.getColorModel().hasAlpha() || !covers;
        BufferedImage drawn = new BufferedImage(canvas.width, canvas.height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = drawn.createGraphics();
        try {
            g.drawImage(frame, left, top, null);
        } finally {
            g.dispose();
        }
        return drawn;
    }

    /** Copies the {@code frames} frames of the reader's GIF to {@code target}. */
    static void rewrite(ImageReader reader, int frames, Path target) throws IOException {
        ImageWriter writer = Encoding.writer("gif");
        try (ImageOutputStream out = Encoding.open(target)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            writer.prepareWriteSequence(streamMetadata(writer, reader.getStreamMetadata()));
            for (int i = 0; i < frames; i++) {
                BufferedImage frame = reader.read(i);
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame),
                        param);
                metadata.mergeTree(IMAGE_FORMAT, cleaned(reader.getImageMetadata(i).getAsTree(IMAGE_FORMAT)));
                writer.writeToSequence(new IIOImage(frame, null, metadata), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    /** The logical screen and global palette of the original; the stream metadata holds nothing else. */
    private static IIOMetadata streamMetadata(ImageWriter writer, IIOMetadata original) throws IOException {
        IIOMetadata metadata = writer.getDefaultStreamMetadata(writer.getDefaultWriteParam());
        if (original != null) {
            metadata.mergeTree(STREAM_FORMAT, original.getAsTree(STREAM_FORMAT));
        }
        return metadata;
    }

    /**
     * The frame's metadata with only its descriptor, palette, graphic control and loop count left. The nodes
     * are moved, not cloned: {@code IIOMetadataNode.cloneNode} drops attributes.
     */
    private static Node cleaned(Node tree) {
        IIOMetadataNode kept = new IIOMetadataNode(IMAGE_FORMAT);
        List<Node> children = new ArrayList<>();
        for (Node child = tree.getFirstChild(); child != null; child = child.getNextSibling()) {
            children.add(child);
        }
        for (Node child : children) {
            switch (child.getNodeName()) {
                case "ImageDescriptor", "LocalColorTable", "GraphicControlExtension" -> kept.appendChild(child);
                case "ApplicationExtensions" -> {
                    IIOMetadataNode loops = loopCount(child);
                    if (loops.hasChildNodes()) {
                        kept.appendChild(loops);
                    }
                }
                default -> {
                    // CommentExtensions, PlainTextExtension: text the uploader may not know is there
                }
            }
        }
        return kept;
    }

    private static IIOMetadataNode loopCount(Node extensions) {
        IIOMetadataNode kept = new IIOMetadataNode("ApplicationExtensions");
        List<IIOMetadataNode> loops = new ArrayList<>();
        for (Node child = extensions.getFirstChild(); child != null; child = child.getNextSibling()) {
            IIOMetadataNode extension = (IIOMetadataNode) child;
            if ("NETSCAPE".equals(extension.getAttribute("applicationID"))
                    && "2.0".equals(extension.getAttribute("authenticationCode"))) {
                loops.add(extension);
            }
        }
        loops.forEach(kept::appendChild);
        return kept;
    }
}
