package dev.kith.adapter.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import dev.kith.application.media.port.MediaProcessor;
import dev.kith.application.media.port.ProcessedImage;
import dev.kith.application.media.port.Rendition;
import dev.kith.application.media.port.VideoInfo;
import dev.kith.application.testing.TestMedia;
import dev.kith.domain.media.MediaErrors.ImageTooLarge;
import dev.kith.domain.media.MediaErrors.InvalidMedia;
import dev.kith.domain.media.MediaErrors.UnsupportedMediaType;
import dev.kith.domain.media.MediaFormat;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Node;

class ImageIoMediaProcessorTest {

    @TempDir
    Path dir;

    private final MediaProcessor processor = new ImageIoMediaProcessor(ProcessingLimits.defaults()
            .withMaxConcurrentDecodes(2).withFfmpeg(Path.of("/nonexistent/kith/ffmpeg")));

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    // ------------------------------------------------------------ detection

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of(TestMedia.jpegWithExif(32, 24, 1), MediaFormat.JPEG),
                Arguments.of(TestMedia.pngWithTextChunks(), MediaFormat.PNG),
                Arguments.of(TestMedia.animatedGif(), MediaFormat.GIF),
                Arguments.of(TestMedia.webp(2, 2, 0xFF336699, false), MediaFormat.WEBP),
                Arguments.of(TestMedia.mp4(640, 360, Duration.ofMillis(2500), false), MediaFormat.MP4),
                Arguments.of(TestMedia.webm(640, 360, Duration.ofMillis(2500)), MediaFormat.WEBM));
    }

    @ParameterizedTest
    @MethodSource("accepted")
    void tells_each_accepted_format_from_its_bytes_whatever_the_file_is_called(byte[] bytes, MediaFormat format)
            throws IOException {
        assertThat(processor.detect(file("upload.txt", bytes))).isEqualTo(format);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("text named .png", TestMedia.text()),
                Arguments.of("svg", TestMedia.svg()),
                Arguments.of("html", TestMedia.html()),
                Arguments.of("pdf", TestMedia.pdf()),
                Arguments.of("empty", new byte[0]),
                Arguments.of("matroska", TestMedia.matroska(640, 360, Duration.ofSeconds(1))),
                Arguments.of("ebml magic and noise", new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, 9, 9, 9, 9}),
                Arguments.of("quicktime", quickTime()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refuses_anything_but_the_six_formats(String what, byte[] bytes) throws IOException {
        Path upload = file("picture.png", bytes);

        assertThatThrownBy(() -> processor.detect(upload))
                .isInstanceOf(UnsupportedMediaType.class)
                .hasFieldOrPropertyWithValue("code", "unsupported_media_type");
    }

    private static byte[] quickTime() {
        byte[] mp4 = TestMedia.mp4(640, 360, Duration.ofSeconds(1), false);
        System.arraycopy("qt  ".getBytes(StandardCharsets.US_ASCII), 0, mp4, 8, 4);
        return mp4;
    }

    // ------------------------------------------------------------ JPEG

    @Test
    void strips_exif_gps_xmp_and_comments_from_a_jpeg_and_turns_it_upright() throws Exception {
        Path original = file("photo.jpg", TestMedia.jpegWithExif(320, 240, 6));
        assertThat(directories(original)).contains("Exif IFD0", "GPS", "XMP", "JpegComment"); // the test means it

        ProcessedImage result = processor.processImage(original, MediaFormat.JPEG, dir.resolve("d"), dir.resolve("t"));

        byte[] display = Files.readAllBytes(dir.resolve("d"));
        assertThat(result.display()).isEqualTo(new Rendition(MediaFormat.JPEG, 240, 320));
        assertThat(directories(dir.resolve("d"))).doesNotContain("Exif IFD0", "Exif SubIFD", "GPS", "XMP",
                "JpegComment", "ICC Profile", "IPTC", "Photoshop");
        assertThat(TestMedia.jpegMarkers(display)).doesNotContain(0xE1, 0xE2, 0xED, 0xFE);
        assertThat(new String(display, StandardCharsets.ISO_8859_1)).doesNotContain(TestMedia.SECRET);
        // a quarter turn clockwise: the marker block of the top-left corner is now top right
        BufferedImage upright = ImageIO.read(dir.resolve("d").toFile());
        assertThat(upright.getWidth()).isEqualTo(240);
        colour(upright, 230, 10).isCloseTo(TestMedia.MARKER);
        colour(upright, 10, 10).isCloseTo(TestMedia.BACKGROUND);
        assertThat(result.thumbnail()).isEqualTo(new Rendition(MediaFormat.JPEG, 240, 320));
        assertThat(directories(dir.resolve("t"))).doesNotContain("Exif IFD0", "GPS", "XMP", "JpegComment");
    }

    static Stream<Arguments> orientations() {
        // where the stored image's top-left corner is shown, for each EXIF orientation
        return Stream.of(
                Arguments.of(1, false, false), Arguments.of(2, true, false), Arguments.of(3, true, true),
                Arguments.of(4, false, true), Arguments.of(5, false, false), Arguments.of(6, true, false),
                Arguments.of(7, true, true), Arguments.of(8, false, true));
    }

    @ParameterizedTest(name = "orientation {0}")
    @MethodSource("orientations")
    void turns_every_exif_orientation_upright(int orientation, boolean right, boolean bottom) throws IOException {
        Path original = file("photo.jpg", TestMedia.jpegWithExif(160, 80, orientation));

        ProcessedImage result = processor.processImage(original, MediaFormat.JPEG, dir.resolve("d"), dir.resolve("t"));

        boolean turned = orientation >= 5;
        assertThat(result.display().width()).isEqualTo(turned ? 80 : 160);
        BufferedImage shown = ImageIO.read(dir.resolve("d").toFile());
        int x = right ? shown.getWidth() - 5 : 4;
        int y = bottom ? shown.getHeight() - 5 : 4;
        colour(shown, x, y).isCloseTo(TestMedia.MARKER);
        colour(shown, shown.getWidth() - 1 - x, shown.getHeight() - 1 - y).isCloseTo(TestMedia.BACKGROUND);
    }

    @Test
    void scales_a_large_image_down_to_the_display_size_and_the_thumbnail() throws IOException {
        Path original = file("big.jpg", TestMedia.jpeg(5000, 3000));

        ProcessedImage result = processor.processImage(original, MediaFormat.JPEG, dir.resolve("d"), dir.resolve("t"));

        assertThat(result.display()).isEqualTo(new Rendition(MediaFormat.JPEG, 2048, 1229));
        assertThat(result.thumbnail()).isEqualTo(new Rendition(MediaFormat.JPEG, 400, 240));
        BufferedImage display = ImageIO.read(dir.resolve("d").toFile());
        assertThat(display.getWidth()).isEqualTo(2048);
        assertThat(display.getHeight()).isEqualTo(1229);
        BufferedImage thumbnail = ImageIO.read(dir.resolve("t").toFile());
        assertThat(thumbnail.getWidth()).isEqualTo(400);
        // 4 x 3 components: one size character, one for the maximum, four for the mean, two for each of 11 others
        assertThat(result.blurhash()).hasSize(28).startsWith("L");
    }

    @Test
    void keeps_a_small_image_at_its_size() throws IOException {
        Path original = file("small.jpg", TestMedia.jpeg(300, 200));

        ProcessedImage result = processor.processImage(original, MediaFormat.JPEG, dir.resolve("d"), dir.resolve("t"));

        assertThat(result.display()).isEqualTo(new Rendition(MediaFormat.JPEG, 300, 200));
        assertThat(result.thumbnail()).isEqualTo(new Rendition(MediaFormat.JPEG, 300, 200));
    }

    @Test
    void replaces_output_files_that_already_exist() throws IOException {
        Path display = file("d", new byte[100_000]);
        Path original = file("small.jpg", TestMedia.jpeg(30, 20));

        processor.processImage(original, MediaFormat.JPEG, display, dir.resolve("t"));

        assertThat(Files.size(display)).isLessThan(100_000);
        assertThat(ImageIO.read(display.toFile()).getWidth()).isEqualTo(30);
    }

    @Test
    void refuses_a_decompression_bomb_from_its_header_without_decoding_it() throws IOException {
        Path bomb = file("bomb.png", TestMedia.pngBomb(30_000, 30_000));
        assertThat(Files.size(bomb)).isLessThan(200);
        assertThat(processor.detect(bomb)).isEqualTo(MediaFormat.PNG);

        assertTimeoutPreemptively(Duration.ofSeconds(2), () ->
                assertThatThrownBy(() -> processor.processImage(bomb, MediaFormat.PNG, dir.resolve("d"),
                        dir.resolve("t")))
                        .isInstanceOf(ImageTooLarge.class)
                        .hasFieldOrPropertyWithValue("code", "payload_too_large"));
        assertThat(dir.resolve("d")).doesNotExist();
    }

    @Test
    void refuses_an_image_that_is_only_its_magic_bytes() throws IOException {
        byte[] bytes = new byte[600];
        byte[] magic = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        for (int i = magic.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Path fake = file("fake.jpg", bytes);
        assertThat(processor.detect(fake)).isEqualTo(MediaFormat.JPEG);

        assertThatThrownBy(() -> processor.processImage(fake, MediaFormat.JPEG, dir.resolve("d"), dir.resolve("t")))
                .isInstanceOf(InvalidMedia.class)
                .hasFieldOrPropertyWithValue("code", "invalid_media");
    }

    @Test
    void refuses_to_process_a_video_format_as_an_image() throws IOException {
        Path video = file("v.mp4", TestMedia.mp4(64, 64, Duration.ofSeconds(1), false));

        assertThatIllegalArgumentException().isThrownBy(() ->
                processor.processImage(video, MediaFormat.MP4, dir.resolve("d"), dir.resolve("t")));
    }

    // ------------------------------------------------------------ PNG, GIF, WebP

    @Test
    void removes_every_text_chunk_from_a_png() throws IOException {
        byte[] png = TestMedia.pngWithTextChunks();
        assertThat(TestMedia.pngChunkTypes(png)).contains("tEXt", "iTXt", "zTXt");

        ProcessedImage result = processor.processImage(file("p.png", png), MediaFormat.PNG, dir.resolve("d"),
                dir.resolve("t"));

        assertThat(result.display()).isEqualTo(new Rendition(MediaFormat.PNG, 64, 48));
        byte[] display = Files.readAllBytes(dir.resolve("d"));
        assertThat(TestMedia.pngChunkTypes(display)).doesNotContain("tEXt", "iTXt", "zTXt", "eXIf", "iCCP", "tIME")
                .contains("IHDR", "IDAT", "IEND");
        assertThat(new String(display, StandardCharsets.ISO_8859_1)).doesNotContain(TestMedia.SECRET);
        colour(ImageIO.read(dir.resolve("d").toFile()), 10, 10).isCloseTo(new Color(30, 160, 90));
        assertThat(result.thumbnail().format()).isEqualTo(MediaFormat.JPEG);
    }

    @Test
    void keeps_an_animated_gif_animated_without_its_comment_or_xmp() throws IOException {
        Path original = file("a.gif", TestMedia.animatedGif());

        ProcessedImage result = processor.processImage(original, MediaFormat.GIF, dir.resolve("d"), dir.resolve("t"));

        assertThat(result.display()).isEqualTo(new Rendition(MediaFormat.GIF, 60, 40));
        assertThat(result.thumbnail()).isEqualTo(new Rendition(MediaFormat.JPEG, 60, 40));
        byte[] display = Files.readAllBytes(dir.resolve("d"));
        assertThat(new String(display, StandardCharsets.ISO_8859_1)).doesNotContain(TestMedia.SECRET)
                .doesNotContain("XMP Data").contains("NETSCAPE2.0");
        try (ImageInputStream in = ImageIO.createImageInputStream(dir.resolve("d").toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(3);
            List<String> delays = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                colour(reader.read(i), 5, 5).isCloseTo(TestMedia.GIF_FRAMES.get(i));
                Node tree = reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                for (Node n = tree.getFirstChild(); n != null; n = n.getNextSibling()) {
                    assertThat(n.getNodeName()).isNotIn("CommentExtensions", "PlainTextExtension");
                    if (n.getNodeName().equals("GraphicControlExtension")) {
                        delays.add(((IIOMetadataNode) n).getAttribute("delayTime"));
                    }
                }
            }
            assertThat(delays).containsExactly("10", "20", "30");
            reader.dispose();
        }
        colour(ImageIO.read(dir.resolve("t").toFile()), 5, 5).isCloseTo(Color.RED);
    }

    @Test
    void turns_a_single_frame_gif_into_a_png() throws IOException {
        BufferedImage image = new BufferedImage(20, 10, BufferedImage.TYPE_BYTE_INDEXED);
        Path gif = dir.resolve("one.gif");
        ImageIO.write(image, "gif", gif.toFile());

        ProcessedImage result = processor.processImage(gif, MediaFormat.GIF, dir.resolve("d"), dir.resolve("t"));

        assertThat(result.display()).isEqualTo(new Rendition(MediaFormat.PNG, 20, 10));
        assertThat(TestMedia.pngChunkTypes(Files.readAllBytes(dir.resolve("d")))).startsWith("IHDR");
    }

    @Test
    void decodes_an_opaque_webp_and_writes_it_as_jpeg() throws IOException {
        Path webp = file("w.webp", TestMedia.webp(3, 2, 0xFF336699, false));

        ProcessedImage result = processor.processImage(webp, MediaFormat.WEBP, dir.resolve("d"), dir.resolve("t"));

        assertThat(result.display()).isEqualTo(new Rendition(MediaFormat.JPEG, 3, 2));
        colour(ImageIO.read(dir.resolve("d").toFile()), 1, 1).isCloseTo(new Color(0x33, 0x66, 0x99));
    }

    @Test
    void decodes_a_transparent_webp_and_writes_it_as_png() throws IOException {
        Path webp = file("w.webp", TestMedia.webp(2, 2, 0x80336699, true));

        ProcessedImage result = processor.processImage(webp, MediaFormat.WEBP, dir.resolve("d"), dir.resolve("t"));

        assertThat(result.display()).isEqualTo(new Rendition(MediaFormat.PNG, 2, 2));
        assertThat(result.thumbnail().format()).isEqualTo(MediaFormat.PNG);
        int argb = ImageIO.read(dir.resolve("d").toFile()).getRGB(1, 1);
        assertThat(argb >>> 24).isEqualTo(0x80);
        assertThat(argb & 0xFFFFFF).isEqualTo(0x336699);
    }

    // ------------------------------------------------------------ video

    @Test
    void reads_the_size_and_duration_of_an_mp4() throws IOException {
        Path video = file("v.mp4", TestMedia.mp4(640, 360, Duration.ofMillis(2500), false));

        assertThat(processor.probeVideo(video, MediaFormat.MP4))
                .isEqualTo(new VideoInfo(640, 360, Duration.ofMillis(2500)));
    }

    @Test
    void swaps_the_sides_of_an_mp4_recorded_turned_a_quarter() throws IOException {
        Path video = file("v.mp4", TestMedia.mp4(1920, 1080, Duration.ofSeconds(3), true));

        assertThat(processor.probeVideo(video, MediaFormat.MP4))
                .isEqualTo(new VideoInfo(1080, 1920, Duration.ofSeconds(3)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 7, 100, 5000})
    void refuses_an_ftyp_box_followed_by_garbage(int garbage) throws IOException {
        Path fake = file("v.mp4", TestMedia.mp4Impostor(garbage));
        assertThat(processor.detect(fake)).isEqualTo(MediaFormat.MP4);

        assertThatThrownBy(() -> processor.probeVideo(fake, MediaFormat.MP4)).isInstanceOf(InvalidMedia.class);
    }

    @Test
    void refuses_an_mp4_whose_movie_box_claims_more_than_it_holds() throws IOException {
        byte[] bytes = TestMedia.mp4(640, 360, Duration.ofSeconds(1), false);
        int moov = indexOf(bytes, "moov") - 4;
        int tkhd = indexOf(bytes, "tkhd") - 4;
        bytes[tkhd] = 0x7F; // the track header now says it is 2 GB long, inside a movie box of 300 bytes

        Path broken = file("v.mp4", bytes);

        assertThat(moov).isPositive();
        assertThatThrownBy(() -> processor.probeVideo(broken, MediaFormat.MP4)).isInstanceOf(InvalidMedia.class);
    }

    @Test
    void refuses_an_mp4_without_a_video_track() throws IOException {
        byte[] bytes = TestMedia.mp4(640, 360, Duration.ofSeconds(1), false);
        int handler = indexOf(bytes, "vide");
        System.arraycopy("soun".getBytes(StandardCharsets.US_ASCII), 0, bytes, handler, 4);

        Path audio = file("a.mp4", bytes);

        assertThatThrownBy(() -> processor.probeVideo(audio, MediaFormat.MP4))
                .isInstanceOf(InvalidMedia.class).hasMessageContaining("no video track");
    }

    @Test
    void reads_the_size_and_duration_of_a_webm() throws IOException {
        Path video = file("v.webm", TestMedia.webm(854, 480, Duration.ofMillis(4200)));

        assertThat(processor.probeVideo(video, MediaFormat.WEBM))
                .isEqualTo(new VideoInfo(854, 480, Duration.ofMillis(4200)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 100, 5000})
    void refuses_a_webm_header_followed_by_garbage(int garbage) throws IOException {
        Path fake = file("v.webm", TestMedia.webmImpostor(garbage));
        assertThat(processor.detect(fake)).isEqualTo(MediaFormat.WEBM);

        assertThatThrownBy(() -> processor.probeVideo(fake, MediaFormat.WEBM)).isInstanceOf(InvalidMedia.class);
    }

    @Test
    void refuses_a_truncated_webm() throws IOException {
        byte[] whole = TestMedia.webm(854, 480, Duration.ofSeconds(1));
        Path cut = file("v.webm", java.util.Arrays.copyOf(whole, whole.length - 20));

        assertThatThrownBy(() -> processor.probeVideo(cut, MediaFormat.WEBM)).isInstanceOf(InvalidMedia.class);
    }

    @Test
    void takes_no_poster_frame_when_ffmpeg_is_missing() throws IOException {
        Path video = file("v.mp4", TestMedia.mp4(640, 360, Duration.ofSeconds(1), false));

        assertThat(processor.posterFrame(video, dir.resolve("poster.jpg"))).isEmpty();
        assertThat(dir.resolve("poster.jpg")).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(video); // no temporary frame left behind
        }
    }

    @Test
    void takes_no_poster_frame_from_a_file_that_is_no_video() throws IOException {
        Path text = file("v.mp4", TestMedia.text());

        assertThat(processor.posterFrame(text, dir.resolve("poster.jpg"))).isEmpty();
    }

    // ------------------------------------------------------------ helpers

    private static List<String> directories(Path file) throws Exception {
        Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
        List<String> names = new ArrayList<>();
        for (Directory directory : metadata.getDirectories()) {
            names.add(directory.getName());
        }
        assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class) != null).isEqualTo(names.contains("Exif IFD0"));
        assertThat(metadata.getFirstDirectoryOfType(GpsDirectory.class) != null).isEqualTo(names.contains("GPS"));
        assertThat(metadata.getFirstDirectoryOfType(XmpDirectory.class) != null).isEqualTo(names.contains("XMP"));
        return names;
    }

    private static int indexOf(byte[] bytes, String text) {
        byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Rgb colour(BufferedImage image, int x, int y) {
        return new Rgb(new Color(image.getRGB(x, y)));
    }

    /** A colour read back from a lossy file, compared with some tolerance. */
    record Rgb(Color colour) {
        void isCloseTo(Color expected) {
            assertThat(Math.abs(colour.getRed() - expected.getRed())
                    + Math.abs(colour.getGreen() - expected.getGreen())
                    + Math.abs(colour.getBlue() - expected.getBlue()))
                    .as("%s close to %s", colour, expected)
                    .isLessThan(40);
        }
    }
}
