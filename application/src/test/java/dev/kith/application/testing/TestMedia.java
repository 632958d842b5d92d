package dev.kith.application.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Media files made in memory for tests, with the JDK alone: photos carrying EXIF and GPS, PNGs with text
 * chunks, animated GIFs, WebP, minimal MP4 and WebM containers, decompression bombs and look-alikes. Part of
 * the test-jar, for the media adapter's tests and the HTTP upload tests alike. Every method returns the
 * file's bytes.
 */
public final class TestMedia {

    /** The colour of the top-left block of {@link #jpegWithExif} images; the rest is {@link #BACKGROUND}. */
    public static final Color MARKER = new Color(230, 20, 20);
    /** The colour of the rest of {@link #jpegWithExif} images. */
    public static final Color BACKGROUND = new Color(20, 40, 220);
    /** The text hidden in every metadata field these files carry, to search the outputs for. */
    public static final String SECRET = "kith-secret-52.5200N";

    private TestMedia() {
    }

    // ---------------------------------------------------------------- JPEG

    /**
     * A JPEG of {@code width} x {@code height} pixels, {@link #BACKGROUND} with a {@link #MARKER} block in its
     * top-left quarter, carrying an EXIF segment (orientation, camera make, a GPS position), an XMP segment and
     * a comment, all containing {@link #SECRET}.
     *
     * @param orientation the EXIF orientation tag, 1 (upright) to 8
     */
    public static byte[] jpegWithExif(int width, int height, int orientation) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, width, height);
        g.setColor(MARKER);
        g.fillRect(0, 0, width / 2, height / 2);
        g.dispose();
        byte[] plain = encode(image, "jpeg");
        int afterJfif = 4 + ((plain[4] & 0xFF) << 8 | (plain[5] & 0xFF)); // SOI, then the APP0 segment
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, afterJfif);
        segment(out, 0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), exif(orientation)));
        segment(out, 0xE1, concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1),
                xmp().getBytes(StandardCharsets.UTF_8)));
        segment(out, 0xFE, ("comment " + SECRET).getBytes(StandardCharsets.ISO_8859_1));
        out.write(plain, afterJfif, plain.length - afterJfif);
        return out.toByteArray();
    }

    /** A plain JPEG of that size, a gradient with stripes (so it compresses like a photo rather than a flat fill). */
    public static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] pixels = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < height; y++) {
            int row = y * width * 3;
            for (int x = 0; x < width; x++) {
                int i = row + x * 3;
                pixels[i] = (byte) (x * 255 / width);
                pixels[i + 1] = (byte) (y * 255 / height);
                pixels[i + 2] = (byte) (((x / 16 + y / 16) & 1) == 0 ? 40 : 200);
            }
        }
        return encode(image, "jpeg");
    }

    /** The markers of a JPEG's segments before its image data, such as {@code 0xE0} (APP0) and {@code 0xFE} (COM). */
    public static List<Integer> jpegMarkers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
        }
        return markers;
    }

    private static byte[] exif(int orientation) {
        // big-endian TIFF: IFD0 (orientation, make, GPS pointer) at 8, the GPS IFD after it, then its values
        ByteBuffer tiff = ByteBuffer.allocate(160).order(ByteOrder.BIG_ENDIAN);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        int ifd0 = 8;
        int gps = ifd0 + 2 + 3 * 12 + 4;
        int make = gps + 2 + 2 * 12 + 4;
        byte[] makeText = ("KithCam " + SECRET + "\0").getBytes(StandardCharsets.ISO_8859_1);
        int latitude = make + makeText.length;
        tiff.putShort((short) 3);
        tiff.putShort((short) 0x010F).putShort((short) 2).putInt(makeText.length).putInt(make);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gps);
        tiff.putInt(0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(latitude);
        tiff.putInt(0);
        tiff.put(makeText);
        tiff.putInt(52).putInt(1).putInt(31).putInt(1).putInt(12).putInt(1);
        byte[] bytes = new byte[tiff.position()];
        tiff.flip().get(bytes);
        return bytes;
    }

    private static String xmp() {
        return "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" dc:creator=\"" + SECRET + "\"/>"
                + "</rdf:RDF></x:xmpmeta>";
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] payload) {
        int length = payload.length + 2;
        out.write(0xFF);
        out.write(marker);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload, 0, payload.length);
    }

    // ---------------------------------------------------------------- PNG

    /** A 64 x 48 opaque PNG with a {@code tEXt}, an {@code iTXt} and a {@code zTXt} chunk, each holding {@link #SECRET}. */
    public static byte[] pngWithTextChunks() {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 160, 90));
        g.fillRect(0, 0, 64, 48);
        g.dispose();
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(entries("tEXt", "tEXtEntry", "keyword", "Comment", "value", SECRET));
        root.appendChild(entries("iTXt", "iTXtEntry", "keyword", "Description", "compressionFlag", "FALSE",
                "compressionMethod", "0", "languageTag", "en", "translatedKeyword", "Description", "text", SECRET));
        root.appendChild(entries("zTXt", "zTXtEntry", "keyword", "Author", "compressionMethod", "deflate",
                "text", SECRET));
        return encode(image, "png", "javax_imageio_png_1.0", root);
    }

    /** A PNG whose header declares {@code width} x {@code height} pixels but whose data is a few bytes. */
    public static byte[] pngBomb(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[1024]);
        deflater.finish();
        byte[] data = new byte[1024];
        int length = deflater.deflate(data);
        deflater.end();
        chunk(out, "IDAT", java.util.Arrays.copyOf(data, length));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** The chunk types of a PNG in order, such as {@code IHDR}, {@code IDAT}, {@code IEND}. */
    public static List<String> pngChunkTypes(byte[] png) {
        List<String> types = new ArrayList<>();
        int at = 8;
        while (at + 8 <= png.length) {
            int length = ByteBuffer.wrap(png, at, 4).getInt();
            types.add(new String(png, at + 4, 4, StandardCharsets.ISO_8859_1));
            at += 12 + length;
        }
        return types;
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    // ---------------------------------------------------------------- GIF

    /** The colours of {@link #animatedGif}'s frames, in order. */
    public static final List<Color> GIF_FRAMES = List.of(Color.RED, Color.GREEN, Color.BLUE);

    /**
     * A 60 x 40 GIF of three frames ({@link #GIF_FRAMES}) shown 10, 20 and 30 hundredths of a second, looping
     * forever, with a comment and an XMP application extension holding {@link #SECRET}.
     */
    public static byte[] animatedGif() {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < GIF_FRAMES.size(); i++) {
                BufferedImage frame = new BufferedImage(60, 40, BufferedImage.TYPE_BYTE_INDEXED);
                Graphics2D g = frame.createGraphics();
                g.setColor(GIF_FRAMES.get(i));
                g.fillRect(0, 0, 60, 40);
                g.dispose();
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame),
                        param);
                IIOMetadataNode root = new IIOMetadataNode("javax_imageio_gif_image_1.0");
                IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
                control.setAttribute("disposalMethod", "none");
                control.setAttribute("userInputFlag", "FALSE");
                control.setAttribute("transparentColorFlag", "FALSE");
                control.setAttribute("delayTime", String.valueOf(10 * (i + 1)));
                control.setAttribute("transparentColorIndex", "0");
                root.appendChild(control);
                if (i == 0) {
                    IIOMetadataNode comments = new IIOMetadataNode("CommentExtensions");
                    IIOMetadataNode comment = new IIOMetadataNode("CommentExtension");
                    comment.setAttribute("value", SECRET);
                    comments.appendChild(comment);
                    root.appendChild(comments);
                    IIOMetadataNode applications = new IIOMetadataNode("ApplicationExtensions");
                    applications.appendChild(application("NETSCAPE", "2.0", new byte[] {1, 0, 0}));
                    applications.appendChild(application("XMP Data", "XMP",
                            xmp().getBytes(StandardCharsets.UTF_8)));
                    root.appendChild(applications);
                }
                metadata.mergeTree("javax_imageio_gif_image_1.0", root);
                writer.writeToSequence(new IIOImage(frame, null, metadata), param);
            }
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static IIOMetadataNode application(String id, String code, byte[] data) {
        IIOMetadataNode node = new IIOMetadataNode("ApplicationExtension");
        node.setAttribute("applicationID", id);
        node.setAttribute("authenticationCode", code);
        node.setUserObject(data);
        return node;
    }

    // ---------------------------------------------------------------- WebP

    /**
     * A lossless WebP (VP8L) of {@code width} x {@code height} pixels all of colour {@code argb}, written bit by
     * bit: every channel is a one-symbol prefix code, so the pixels take no bits at all. ImageIO cannot write
     * WebP.
     *
     * @param alpha whether the header says the alpha channel is used
     */
    public static byte[] webp(int width, int height, int argb, boolean alpha) {
        Bits bits = new Bits();
        bits.write(0x2F, 8);
        bits.write(width - 1, 14);
        bits.write(height - 1, 14);
        bits.write(alpha ? 1 : 0, 1);
        bits.write(0, 3); // version
        bits.write(0, 1); // no transform
        bits.write(0, 1); // no colour cache
        bits.write(0, 1); // no meta prefix codes
        int[] symbols = {argb >> 8 & 0xFF, argb >> 16 & 0xFF, argb & 0xFF, argb >>> 24, 0}; // green, red, blue, alpha, distance
        for (int symbol : symbols) {
            bits.write(1, 1); // a simple code
            bits.write(0, 1); // of one symbol
            boolean wide = symbol > 1;
            bits.write(wide ? 1 : 0, 1);
            bits.write(symbol, wide ? 8 : 1);
        }
        // eight zero bytes of padding: decoders read ahead a 64-bit word at a time, and the spec ignores what follows
        byte[] written = bits.bytes();
        byte[] data = java.util.Arrays.copyOf(written, written.length + 8);
        int padded = data.length + (data.length & 1);
        ByteBuffer riff = ByteBuffer.allocate(20 + padded).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + padded)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII))
                .put("VP8L".getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return riff.array();
    }

    /** Bits written least significant first, as VP8L reads them. */
    private static final class Bits {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int count;

        void write(int value, int width) {
            for (int i = 0; i < width; i++) {
                current |= (value >> i & 1) << count;
                if (++count == 8) {
                    out.write(current);
                    current = 0;
                    count = 0;
                }
            }
        }

        byte[] bytes() {
            if (count > 0) {
                out.write(current);
                current = 0;
                count = 0;
            }
            return out.toByteArray();
        }
    }

    // ---------------------------------------------------------------- MP4

    /**
     * A minimal MP4: {@code ftyp} (isom), {@code moov} with a movie header and one video track of that frame size
     * and duration (track header, media header, {@code vide} handler), and a small {@code mdat}. It holds no
     * frames: enough for container checks, not for a decoder.
     *
     * @param quarterTurn whether the track's matrix turns it 90 degrees, as phones record portrait videos
     */
    public static byte[] mp4(int width, int height, Duration duration, boolean quarterTurn) {
        int timescale = 1000;
        int units = (int) duration.toMillis();
        byte[] ftyp = box("ftyp", ascii("isom"), ints(0x200), ascii("isomiso2avc1mp41"));
        byte[] mvhd = box("mvhd", ints(0, 0, 0, timescale, units, 0x00010000), shorts(0x0100, 0), ints(0, 0),
                matrix(false), new byte[24], ints(2));
        byte[] tkhd = box("tkhd", ints(0x00000007, 0, 0, 1, 0, units, 0, 0), shorts(0, 0, 0, 0),
                matrix(quarterTurn), ints(width << 16, height << 16));
        byte[] mdhd = box("mdhd", ints(0, 0, 0, timescale, units), shorts(0x55C4, 0));
        byte[] hdlr = box("hdlr", ints(0, 0), ascii("vide"), ints(0, 0, 0), ascii("VideoHandler\0"));
        byte[] moov = box("moov", mvhd, box("trak", tkhd, box("mdia", mdhd, hdlr)));
        return concat(ftyp, moov, box("mdat", new byte[64]));
    }

    /** An {@code ftyp} box of brand isom followed by {@code garbage} bytes of noise: MP4 magic, no MP4. */
    public static byte[] mp4Impostor(int garbage) {
        return concat(box("ftyp", ascii("isom"), ints(0x200), ascii("isomiso2")), noise(garbage));
    }

    private static byte[] matrix(boolean quarterTurn) {
        return quarterTurn
                ? ints(0, 0x00010000, 0, -0x00010000, 0, 0, 0, 0, 0x40000000)
                : ints(0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000);
    }

    private static byte[] box(String type, byte[]... contents) {
        byte[] content = concat(contents);
        return concat(ints(8 + content.length), ascii(type), content);
    }

    private static byte[] ints(int... values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4);
        for (int value : values) {
            buffer.putInt(value);
        }
        return buffer.array();
    }

    private static byte[] shorts(int... values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 2);
        for (int value : values) {
            buffer.putShort((short) value);
        }
        return buffer.array();
    }

    // ---------------------------------------------------------------- WebM

    /**
     * A minimal WebM: the EBML header (doc type webm), a Segment with Info (time scale 1 ms, the duration) and
     * Tracks (one VP9 video track of that frame size), and an empty Cluster. It holds no frames.
     */
    public static byte[] webm(int width, int height, Duration duration) {
        byte[] info = ebml(0x1549A966, ebml(0x2AD7B1, uint(1_000_000)),
                ebml(0x4489, ByteBuffer.allocate(8).putDouble(duration.toMillis()).array()),
                ebml(0x4D80, ascii("Kith tests")), ebml(0x5741, ascii("Kith tests")));
        byte[] video = ebml(0xE0, ebml(0xB0, uint(width)), ebml(0xBA, uint(height)));
        byte[] track = ebml(0xAE, ebml(0xD7, uint(1)), ebml(0x73C5, uint(1)), ebml(0x83, uint(1)),
                ebml(0x86, ascii("V_VP9")), video);
        byte[] segment = ebml(0x18538067, info, ebml(0x1654AE6B, track), ebml(0x1F43B675, ebml(0xE7, uint(0))));
        return concat(webmHeader("webm"), segment);
    }

    /** A WebM EBML header (doc type webm) followed by {@code garbage} bytes of noise: WebM magic, no WebM. */
    public static byte[] webmImpostor(int garbage) {
        return concat(webmHeader("webm"), noise(garbage));
    }

    /** A Matroska file's EBML header (doc type matroska) followed by a WebM body: not WebM. */
    public static byte[] matroska(int width, int height, Duration duration) {
        byte[] webm = webm(width, height, duration);
        byte[] header = webmHeader("webm");
        return concat(webmHeader("matroska"), java.util.Arrays.copyOfRange(webm, header.length, webm.length));
    }

    private static byte[] webmHeader(String docType) {
        return ebml(0x1A45DFA3, ebml(0x4286, uint(1)), ebml(0x42F7, uint(1)), ebml(0x42F2, uint(4)),
                ebml(0x42F3, uint(8)), ebml(0x4282, ascii(docType)), ebml(0x4287, uint(4)), ebml(0x4285, uint(2)));
    }

    private static byte[] ebml(long id, byte[]... contents) {
        byte[] content = concat(contents);
        byte[] idBytes = uint(id);
        byte[] size = content.length < 0x7F
                ? new byte[] {(byte) (0x80 | content.length)}
                : ByteBuffer.allocate(8).putLong(0x0100_0000_0000_0000L | content.length).array();
        return concat(idBytes, size, content);
    }

    private static byte[] uint(long value) {
        int length = Math.max(1, 8 - Long.numberOfLeadingZeros(value) / 8);
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[length - 1 - i] = (byte) (value >>> (8 * i));
        }
        return bytes;
    }

    // ---------------------------------------------------------------- look-alikes

    /** Plain text, whatever name it is uploaded under. */
    public static byte[] text() {
        return "Just some text, not a picture at all.\n".getBytes(StandardCharsets.UTF_8);
    }

    /** An SVG image with a script in it: an image to a browser, never one Kith accepts. */
    public static byte[] svg() {
        return ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                + "<script>alert(1)</script><rect width=\"10\" height=\"10\"/></svg>").getBytes(StandardCharsets.UTF_8);
    }

    /** An HTML page with a script in it. */
    public static byte[] html() {
        return "<!DOCTYPE html><html><head><script>alert(1)</script></head><body>hi</body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The start of a PDF document. */
    public static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    // ---------------------------------------------------------------- plumbing

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] encode(BufferedImage image, String format, String metadataFormat, IIOMetadataNode tree) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image),
                    param);
            metadata.mergeTree(metadataFormat, tree);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static IIOMetadataNode entries(String name, String entryName, String... attributes) {
        IIOMetadataNode node = new IIOMetadataNode(name);
        IIOMetadataNode entry = new IIOMetadataNode(entryName);
        for (int i = 0; i < attributes.length; i += 2) {
            entry.setAttribute(attributes[i], attributes[i + 1]);
        }
        node.appendChild(entry);
        return node;
    }

    private static byte[] noise(int length) {
        byte[] bytes = new byte[length];
        long seed = 0x5DEECE66DL;
        for (int i = 0; i < length; i++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            bytes[i] = (byte) (seed >>> 56);
        }
        return bytes;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
