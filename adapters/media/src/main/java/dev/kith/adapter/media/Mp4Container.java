package dev.kith.adapter.media;

import dev.kith.application.media.port.VideoInfo;
import dev.kith.domain.media.MediaErrors.InvalidMedia;
import dev.kith.domain.media.MediaErrors.UnsupportedMediaType;
import dev.kith.domain.media.MediaFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.mp4parser.IsoFile;
import org.mp4parser.ParsableBox;
import org.mp4parser.PropertyBoxParserImpl;
import org.mp4parser.SkipBox;
import org.mp4parser.boxes.iso14496.part12.MediaBox;
import org.mp4parser.boxes.iso14496.part12.MovieBox;
import org.mp4parser.boxes.iso14496.part12.MovieExtendsHeaderBox;
import org.mp4parser.boxes.iso14496.part12.MovieHeaderBox;
import org.mp4parser.boxes.iso14496.part12.TrackBox;
import org.mp4parser.boxes.iso14496.part12.TrackHeaderBox;

/**
 * MP4 (ISO base media file) structure. The box tree is walked by hand first: every box must lie inside its
 * parent and the top-level boxes must span the file exactly, so isoparser, which trusts declared sizes when it
 * allocates, only ever sees sizes that are true. isoparser then reads the few boxes that matter (movie, track
 * and media headers, handlers); everything else, the media data and the sample tables, is skipped unread.
 */
final class Mp4Container {

    /** Brands of MP4 proper; QuickTime ({@code qt}), 3GPP, HEIF and the rest are not accepted. */
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "iso7",
            "iso8", "iso9", "mp41", "mp42", "mp71", "avc1", "dash", "M4V ", "msnv");
    /** The boxes on the way to the headers, whose children are checked; all others are leaves here. */
    private static final Set<String> CONTAINERS = Set.of("moov", "trak", "mdia", "mvex");
    /** The boxes isoparser reads; it skips every other one. */
    private static final Set<String> PARSED = Set.of("moov", "trak", "mdia", "mvex", "mvhd", "tkhd", "mdhd",
            "hdlr", "mehd");
    private static final long MAX_HEADER_BOX = 64 * 1024;
    private static final long MAX_MOVIE_BOX = 64L * 1024 * 1024;
    private static final int MAX_TOP_LEVEL_BOXES = 100_000;

    private Mp4Container() {
    }

    /** MP4 when the file starts with an {@code ftyp} box of an MP4 brand; a QuickTime movie or other kin is refused. */
    static MediaFormat detect(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            checkBrands(channel);
            return MediaFormat.MP4;
        } catch (InvalidMedia e) {
            throw new UnsupportedMediaType();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static VideoInfo probe(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            checkBrands(channel);
            long movie = checkTopLevel(channel);
            checkChildren(channel, movie + headerLength(channel, movie), movie + size(channel, movie));
            channel.position(0);
            try (IsoFile iso = new IsoFile(channel, new HeaderParser())) {
                return info(iso.getMovieBox());
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidMedia || e instanceof UnsupportedMediaType) {
                throw (RuntimeException) e;
            }
            throw new InvalidMedia("the MP4 file is damaged");
        }
    }

    private static void checkBrands(FileChannel channel) throws IOException {
        ByteBuffer head = read(channel, 0, 8);
        long size = Integer.toUnsignedLong(head.getInt());
        if (!type(head).equals("ftyp") || size < 16 || size > 4096 || size % 4 != 0 || size > channel.size()) {
            throw new InvalidMedia("an MP4 file starts with a valid ftyp box");
        }
        ByteBuffer ftyp = read(channel, 8, (int) size - 8);
        String major = type(ftyp);
        if (major.equals("qt  ")) {
            throw new UnsupportedMediaType("QuickTime movies are not accepted; export the video as MP4.");
        }
        boolean mp4 = MP4_BRANDS.contains(major);
        ftyp.getInt(); // minor version
        while (ftyp.remaining() >= 4) {
            mp4 |= MP4_BRANDS.contains(type(ftyp));
        }
        if (!mp4) {
            throw new UnsupportedMediaType("This ISO media file is no MP4 video (brand " + major.strip() + ").");
        }
    }

    /** Checks that the top-level boxes span the file exactly; returns where the one {@code moov} box starts. */
    private static long checkTopLevel(FileChannel channel) throws IOException {
        long end = channel.size();
        long position = 0;
        long movie = -1;
        int count = 0;
        while (position < end) {
            if (++count > MAX_TOP_LEVEL_BOXES) {
                throw new InvalidMedia("the MP4 file has implausibly many boxes");
            }
            long size = boxSize(channel, position, end);
            String type = type(read(channel, position + 4, 4));
            if (type.equals("moov")) {
                if (movie >= 0) {
                    throw new InvalidMedia("the MP4 file has two movie boxes");
                }
                if (size > MAX_MOVIE_BOX) {
                    throw new InvalidMedia("the MP4 movie box is implausibly large");
                }
                movie = position;
            }
            position += size;
        }
        if (movie < 0) {
            throw new InvalidMedia("the MP4 file has no movie box");
        }
        return movie;
    }

    /** Checks that the children of a container lie inside it, recursing into the containers on the way. */
    private static void checkChildren(FileChannel channel, long start, long end) throws IOException {
        long position = start;
        while (position < end) {
            long size = boxSize(channel, position, end);
            String type = type(read(channel, position + 4, 4));
            if (CONTAINERS.contains(type)) {
                checkChildren(channel, position + headerLength(channel, position), position + size);
            } else if (PARSED.contains(type) && size > MAX_HEADER_BOX) {
                throw new InvalidMedia("the MP4 " + type + " box is implausibly large");
            }
            position += size;
        }
    }

    /** The size of the box at {@code position}, checked to be a real box that ends by {@code end}. */
    private static long boxSize(FileChannel channel, long position, long end) throws IOException {
        if (end - position < 8) {
            throw new InvalidMedia("the MP4 file ends inside a box header");
        }
        long size = size(channel, position);
        String type = type(read(channel, position + 4, 4));
        if (!type.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw new InvalidMedia("the MP4 file has a box of no valid type");
        }
        if (size < 8 || size > end - position) {
            throw new InvalidMedia("the MP4 " + type.strip() + " box does not fit where it is");
        }
        return size;
    }

    private static long headerLength(FileChannel channel, long position) throws IOException {
        return Integer.toUnsignedLong(read(channel, position, 4).getInt()) == 1 ? 16 : 8;
    }

    private static long size(FileChannel channel, long position) throws IOException {
        long size = Integer.toUnsignedLong(read(channel, position, 4).getInt());
        if (size == 1 && channel.size() - position >= 16) {
            return read(channel, position + 8, 8).getLong();
        }
        // 0 ("to the end of the file") is refused as too small: isoparser cannot read it either
        return size;
    }

    private static VideoInfo info(MovieBox movie) {
        if (movie == null || movie.getMovieHeaderBox() == null) {
            throw new InvalidMedia("the MP4 file has no movie header");
        }
        TrackBox video = movie.getBoxes(TrackBox.class).stream()
                .filter(track -> {
                    MediaBox media = track.getMediaBox();
                    return media != null && media.getHandlerBox() != null
                            && "vide".equals(media.getHandlerBox().getHandlerType());
                })
                .findFirst()
                .orElseThrow(() -> new InvalidMedia("the MP4 file has no video track"));
        TrackHeaderBox header = video.getTrackHeaderBox();
        if (header == null) {
            throw new InvalidMedia("the MP4 video track has no header");
        }
        int width = (int) Math.round(header.getWidth());
        int height = (int) Math.round(header.getHeight());
        if (width < 1 || height < 1) {
            throw new InvalidMedia("the MP4 video track has no frame size");
        }
        boolean quarterTurn = quarterTurn(header);
        return new VideoInfo(quarterTurn ? height : width, quarterTurn ? width : height, duration(movie));
    }

    /** Whether the track's matrix turns it by 90 or 270 degrees, so that it shows with width and height swapped. */
    private static boolean quarterTurn(TrackHeaderBox header) {
        ByteBuffer matrix = ByteBuffer.allocate(36);
        header.getMatrix().getContent(matrix);
        matrix.flip();
        int a = matrix.getInt(0);
        int b = matrix.getInt(4);
        return Math.abs((long) a) < Math.abs((long) b);
    }

    private static Duration duration(MovieBox movie) {
        MovieHeaderBox header = movie.getMovieHeaderBox();
        if (header.getTimescale() <= 0) {
            throw new InvalidMedia("the MP4 movie header has no time scale");
        }
        long units = header.getDuration();
        if (units <= 0 || units == 0xFFFF_FFFFL) {
            // a fragmented MP4 says its length in the movie extends header, if anywhere
            List<MovieExtendsHeaderBox> extended = movie.getBoxes(MovieExtendsHeaderBox.class, true);
            units = extended.isEmpty() ? 0 : extended.get(0).getFragmentDuration();
        }
        if (units <= 0) {
            return Duration.ZERO;
        }
        long scale = header.getTimescale();
        return Duration.ofSeconds(units / scale, units % scale * 1_000_000_000L / scale);
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new InvalidMedia("the MP4 file ends too early");
            }
        }
        return buffer.flip();
    }

    private static String type(ByteBuffer buffer) {
        byte[] type = new byte[4];
        buffer.get(type);
        return new String(type, StandardCharsets.ISO_8859_1);
    }

    /** Reads only {@link #PARSED} boxes, skipping all others by seeking. */
    private static final class HeaderParser extends PropertyBoxParserImpl {
        @Override
        public ParsableBox createBox(String type, byte[] userType, String parentType) {
            if (PARSED.contains(type)) {
                return super.createBox(type, userType, parentType);
            }
            return new SkipBox(type, userType, parentType);
        }
    }
}
