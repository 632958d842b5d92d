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
import java.util.Set;

/**
 * WebM structure, read by hand (EBML has no maintained Java parser, and the part needed is small): the EBML
 * header with doc type {@code webm}, then a Segment whose Info says the time scale and duration and whose
 * Tracks hold a video track with its pixel size. Elements before those two are skipped by their sizes, which
 * must fit inside the Segment; nothing is read into memory but the header, Info and Tracks, each bounded.
 */
final class WebmContainer {

    private static final long EBML = 0x1A45DFA3L;
    private static final long DOC_TYPE = 0x4282;
    private static final long EBML_READ_VERSION = 0x42F7;
    private static final long SEGMENT = 0x18538067L;
    private static final long INFO = 0x1549A966L;
    private static final long TIMECODE_SCALE = 0x2AD7B1;
    private static final long DURATION = 0x4489;
    private static final long TRACKS = 0x1654AE6BL;
    private static final long TRACK_ENTRY = 0xAE;
    private static final long TRACK_TYPE = 0x83;
    private static final long CODEC_ID = 0x86;
    private static final long VIDEO = 0xE0;
    private static final long PIXEL_WIDTH = 0xB0;
    private static final long PIXEL_HEIGHT = 0xBA;
    private static final long DISPLAY_WIDTH = 0x54B0;
    private static final long DISPLAY_HEIGHT = 0x54BA;
    private static final long DISPLAY_UNIT = 0x54B2;
    private static final long UNKNOWN_SIZE = -1;
    private static final Set<String> CODECS = Set.of("V_VP8", "V_VP9", "V_AV1");
    private static final int MAX_HEADER = 1024;
    private static final int MAX_INFO = 64 * 1024;
    private static final int MAX_TRACKS = 1024 * 1024;
    private static final int MAX_ELEMENTS = 100_000;

    private WebmContainer() {
    }

    /** WebM when the EBML header says doc type {@code webm}; Matroska and other EBML files are refused. */
    static MediaFormat detect(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            String docType = header(channel).docType;
            if (!docType.equals("webm")) {
                throw new UnsupportedMediaType("Only the WebM kind of Matroska file is accepted, not " + docType + ".");
            }
            return MediaFormat.WEBM;
        } catch (InvalidMedia e) {
            throw new UnsupportedMediaType();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static VideoInfo probe(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            Header header = header(channel);
            if (!header.docType.equals("webm")) {
                throw new UnsupportedMediaType("Only the WebM kind of Matroska file is accepted, not "
                        + header.docType + ".");
            }
            return segment(channel, header.end);
        } catch (IOException e) {
            throw new InvalidMedia("the WebM file is damaged");
        } catch (RuntimeException e) {
            if (e instanceof InvalidMedia || e instanceof UnsupportedMediaType) {
                throw e;
            }
            throw new InvalidMedia("the WebM file is damaged");
        }
    }

    private record Header(String docType, long end) {
    }

    private static Header header(FileChannel channel) throws IOException {
        ByteBuffer start = read(channel, 0, (int) Math.min(channel.size(), MAX_HEADER + 12));
        if (id(start) != EBML) {
            throw new InvalidMedia("a WebM file starts with an EBML header");
        }
        long size = size(start);
        if (size == UNKNOWN_SIZE || size > start.remaining() || size > MAX_HEADER) {
            throw new InvalidMedia("the EBML header does not fit");
        }
        ByteBuffer body = slice(start, size);
        String docType = null;
        while (body.hasRemaining()) {
            long id = id(body);
            ByteBuffer value = slice(body, size(body));
            if (id == DOC_TYPE) {
                docType = string(value);
            } else if (id == EBML_READ_VERSION && unsigned(value) != 1) {
                throw new InvalidMedia("the EBML header needs a newer reader");
            }
        }
        if (docType == null) {
            throw new InvalidMedia("the EBML header has no doc type");
        }
        return new Header(docType, start.position());
    }

    private static VideoInfo segment(FileChannel channel, long position) throws IOException {
        long fileEnd = channel.size();
        Element segment = element(channel, position, fileEnd);
        if (segment.id != SEGMENT) {
            throw new InvalidMedia("the EBML header is not followed by a Segment");
        }
        long end = segment.size == UNKNOWN_SIZE ? fileEnd : segment.dataStart + segment.size;
        long next = segment.dataStart;
        long timecodeScale = -1;
        double duration = 0;
        int[] size = null;
        for (int count = 0; next < end && (timecodeScale < 0 || size == null); count++) {
            if (count > MAX_ELEMENTS) {
                throw new InvalidMedia("the WebM file has implausibly many elements before its tracks");
            }
            Element child = element(channel, next, end);
            if (child.size == UNKNOWN_SIZE) {
                break; // a live cluster: nothing after it can be skipped to
            }
            if (child.id == INFO) {
                ByteBuffer info = read(channel, child.dataStart, bounded(child, MAX_INFO, "Info"));
                timecodeScale = 1_000_000;
                while (info.hasRemaining()) {
                    long id = id(info);
                    ByteBuffer value = slice(info, size(info));
                    if (id == TIMECODE_SCALE) {
                        timecodeScale = unsigned(value);
                    } else if (id == DURATION) {
                        duration = floating(value);
                    }
                }
            } else if (child.id == TRACKS) {
                size = videoSize(read(channel, child.dataStart, bounded(child, MAX_TRACKS, "Tracks")));
            }
            next = child.dataStart + child.size;
        }
        if (timecodeScale <= 0) {
            throw new InvalidMedia("the WebM file has no segment Info");
        }
        if (size == null) {
            throw new InvalidMedia("the WebM file has no Tracks");
        }
        double nanos = duration * timecodeScale;
        if (!(nanos >= 0) || nanos > Duration.ofDays(365).toNanos()) {
            throw new InvalidMedia("the WebM duration is not plausible");
        }
        return new VideoInfo(size[0], size[1], Duration.ofNanos((long) nanos));
    }

    private static int[] videoSize(ByteBuffer tracks) {
        while (tracks.hasRemaining()) {
            long id = id(tracks);
            ByteBuffer entry = slice(tracks, size(tracks));
            if (id != TRACK_ENTRY) {
                continue;
            }
            long type = 0;
            String codec = "";
            ByteBuffer video = null;
            while (entry.hasRemaining()) {
                long field = id(entry);
                ByteBuffer value = slice(entry, size(entry));
                if (field == TRACK_TYPE) {
                    type = unsigned(value);
                } else if (field == CODEC_ID) {
                    codec = string(value);
                } else if (field == VIDEO) {
                    video = value;
                }
            }
            if (type == 1) {
                if (!CODECS.contains(codec)) {
                    throw new UnsupportedMediaType("WebM videos must be VP8, VP9 or AV1, not " + codec + ".");
                }
                if (video == null) {
                    throw new InvalidMedia("the WebM video track has no Video settings");
                }
                return pixels(video);
            }
        }
        throw new InvalidMedia("the WebM file has no video track");
    }

    private static int[] pixels(ByteBuffer video) {
        long width = 0;
        long height = 0;
        long displayWidth = 0;
        long displayHeight = 0;
        long displayUnit = 0;
        while (video.hasRemaining()) {
            long id = id(video);
            ByteBuffer value = slice(video, size(video));
            if (id == PIXEL_WIDTH) {
                width = unsigned(value);
            } else if (id == PIXEL_HEIGHT) {
                height = unsigned(value);
            } else if (id == DISPLAY_WIDTH) {
                displayWidth = unsigned(value);
            } else if (id == DISPLAY_HEIGHT) {
                displayHeight = unsigned(value);
            } else if (id == DISPLAY_UNIT) {
                displayUnit = unsigned(value);
            }
        }
        if (displayUnit == 0 && displayWidth > 0 && displayHeight > 0) {
            width = displayWidth;
            height = displayHeight;
        }
        if (width < 1 || height < 1 || width > 65_535 || height > 65_535) {
            throw new InvalidMedia("the WebM video track has no plausible frame size");
        }
        return new int[] {(int) width, (int) height};
    }

    private record Element(long id, long dataStart, long size) {
    }

    /** The element at {@code position}, which must end by {@code end} unless its size is unknown. */
    private static Element element(FileChannel channel, long position, long end) throws IOException {
        ByteBuffer head = read(channel, position, (int) Math.min(12, end - position));
        long id = id(head);
        long size = size(head);
        long dataStart = position + head.position();
        if (size != UNKNOWN_SIZE && size > end - dataStart) {
            throw new InvalidMedia("a WebM element does not fit where it is");
        }
        return new Element(id, dataStart, size);
    }

    private static int bounded(Element element, int max, String name) {
        if (element.size > max) {
            throw new InvalidMedia("the WebM " + name + " element is implausibly large");
        }
        return (int) element.size;
    }

    /** An element id: a variable-length integer of 1 to 4 bytes, its length marker kept. */
    private static long id(ByteBuffer buffer) {
        int first = next(buffer);
        int length = Integer.numberOfLeadingZeros(first) - 23;
        if (first == 0 || length > 4) {
            throw new InvalidMedia("the WebM file has an invalid element id");
        }
        long id = first;
        for (int i = 1; i < length; i++) {
            id = id << 8 | next(buffer);
        }
        return id;
    }

    /** An element size: a variable-length integer of 1 to 8 bytes without its marker; all ones is unknown. */
    private static long size(ByteBuffer buffer) {
        int first = next(buffer);
        int length = Integer.numberOfLeadingZeros(first) - 23;
        if (first == 0) {
            throw new InvalidMedia("the WebM file has an invalid element size");
        }
        long value = first & (0xFF >> length);
        boolean allOnes = value == (0xFF >> length);
        for (int i = 1; i < length; i++) {
            int b = next(buffer);
            allOnes &= b == 0xFF;
            value = value << 8 | b;
        }
        return allOnes ? UNKNOWN_SIZE : value;
    }

    private static int next(ByteBuffer buffer) {
        if (!buffer.hasRemaining()) {
            throw new InvalidMedia("the WebM file ends inside an element");
        }
        return buffer.get() & 0xFF;
    }

    private static ByteBuffer slice(ByteBuffer buffer, long size) {
        if (size == UNKNOWN_SIZE || size > buffer.remaining()) {
            throw new InvalidMedia("a WebM element does not fit inside its parent");
        }
        ByteBuffer value = buffer.slice(buffer.position(), (int) size);
        buffer.position(buffer.position() + (int) size);
        return value;
    }

    private static long unsigned(ByteBuffer value) {
        if (value.remaining() > 8) {
            throw new InvalidMedia("a WebM number is too long");
        }
        long result = 0;
        while (value.hasRemaining()) {
            result = result << 8 | (value.get() & 0xFF);
        }
        return result;
    }

    private static double floating(ByteBuffer value) {
        return switch (value.remaining()) {
            case 0 -> 0;
            case 4 -> value.getFloat();
            case 8 -> value.getDouble();
            default -> throw new InvalidMedia("a WebM float has " + value.remaining() + " bytes");
        };
    }

    private static String string(ByteBuffer value) {
        byte[] bytes = new byte[value.remaining()];
        value.get(bytes);
        int length = bytes.length;
        while (length > 0 && bytes[length - 1] == 0) {
            length--;
        }
        return new String(bytes, 0, length, StandardCharsets.US_ASCII);
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(Math.max(0, length));
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new InvalidMedia("the WebM file ends too early");
            }
        }
        return buffer.flip();
    }
}
