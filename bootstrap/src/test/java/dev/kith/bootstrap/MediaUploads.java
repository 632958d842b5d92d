package dev.kith.bootstrap;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;

/** Large media files for the upload IT and the media benchmark, and streamed multipart uploads of them. */
final class MediaUploads {

    static final String BOUNDARY = "----kith-it-boundary-d41d8cd98f00b204";

    private MediaUploads() {
    }

    /**
     * A minimal MP4, as {@code TestMedia.mp4} of the application's test-jar makes it (not on this module's
     * classpath: the architecture test would scan it): {@code ftyp}, {@code moov} with a movie header and one
     * 1920 x 1080 video track of a minute, and a small {@code mdat}. No frames.
     */
    static byte[] mp4() {
        int units = 60_000;
        byte[] ftyp = box("ftyp", ascii("isom"), ints(0x200), ascii("isomiso2avc1mp41"));
        byte[] matrix = ints(0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000);
        byte[] mvhd = box("mvhd", ints(0, 0, 0, 1000, units, 0x00010000), shorts(0x0100, 0), ints(0, 0), matrix,
                new byte[24], ints(2));
        byte[] tkhd = box("tkhd", ints(0x00000007, 0, 0, 1, 0, units, 0, 0), shorts(0, 0, 0, 0), matrix,
                ints(1920 << 16, 1080 << 16));
        byte[] mdhd = box("mdhd", ints(0, 0, 0, 1000, units), shorts(0x55C4, 0));
        byte[] hdlr = box("hdlr", ints(0, 0), ascii("vide"), ints(0, 0, 0), ascii("VideoHandler\0"));
        byte[] moov = box("moov", mvhd, box("trak", tkhd, box("mdia", mdhd, hdlr)));
        return concat(ftyp, moov, box("mdat", new byte[64]));
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

    /** A valid MP4 of exactly {@code size} bytes: {@link #mp4()}, then a 64-bit {@code free} box, written to {@code file}. */
    static Path paddedMp4(Path file, long size) {
        byte[] mp4 = mp4();
        long padding = size - mp4.length;
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(mp4);
            // a 64-bit box: size 1, type, then the real size
            out.write(ByteBuffer.allocate(16).putInt(1).put("free".getBytes(StandardCharsets.US_ASCII)).putLong(padding).array());
            byte[] zeros = new byte[1 << 20];
            long left = padding - 16;
            while (left > 0) {
                int n = (int) Math.min(zeros.length, left);
                out.write(zeros, 0, n);
                left -= n;
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A photo-like JPEG of {@code width} x {@code height}: gradients and noise, so it compresses like a photo. */
    static byte[] photo(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(200, 120, 40), width, height, new Color(30, 90, 200)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(240, 240, 240));
        for (int x = 0; x < width; x += 97) {
            g.drawLine(x, 0, width - x, height);
        }
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpeg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A POST of one {@code file} part whose bytes stream from {@code body}, never held in memory whole. */
    static HttpRequest upload(URI base, String token, Path file, String filename, String type) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        long length;
        try {
            length = head.length + Files.size(file) + tail.length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> {
            try {
                return new SequenceInputStream(Collections.enumeration(List.<InputStream>of(new ByteArrayInputStream(head),
                        Files.newInputStream(file), new ByteArrayInputStream(tail))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }), length);
        return HttpRequest.newBuilder(base.resolve("/api/v1/media")).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(body).build();
    }

    /** Registers, verifies (through the mail the server wrote to DATA_DIR/outbox) and logs in; the access token. */
    static String signUp(HttpClientFixture http, Path dataDir, String username) throws InterruptedException {
        String email = username + "@example.com";
        HttpClientFixture.Response registered = http.post("/api/v1/auth/register", "{\"username\":\"" + username
                + "\",\"email\":\"" + email + "\",\"password\":\"correct horse battery\"}", null);
        if (registered.status() != 201) {
            throw new AssertionError("register: " + registered);
        }
        String token = null;
        for (int i = 0; i < 200 && token == null; i++) {
            token = MailedLinks.verificationTokenFor(dataDir, email).orElse(null);
            if (token == null) {
                Thread.sleep(50);
            }
        }
        if (token == null) {
            throw new AssertionError("no verification mail for " + email);
        }
        http.post("/api/v1/auth/verify-email", "{\"token\":\"" + token + "\"}", null);
        return http.post("/api/v1/auth/login", "{\"login\":\"" + username + "\",\"password\":\"correct horse battery\"}", null)
                .json().get("accessToken").asText();
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
