package dev.kith.adapter.javalin.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

/** multipart/form-data bodies, as browsers and curl send them, built by hand. */
public final class Multipart {

    public static final String BOUNDARY = "----kith-test-boundary-7MA4YWxkTrZu0gW";
    public static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private Multipart() {
    }

    /** A body with one {@code file} part named {@code filename}, declared as {@code type}. */
    public static byte[] file(byte[] bytes, String filename, String type) {
        return parts(List.of(filePart(bytes, filename, type)));
    }

    /** The head of a {@code file} part: everything before its bytes. */
    public static byte[] fileHead(String filename, String type) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** What closes the last part. */
    public static byte[] tail() {
        return ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A text part. */
    public static byte[] field(String name, String value) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A file part, with the line break that ends it. */
    public static byte[] filePart(byte[] bytes, String filename, String type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(fileHead(filename, type));
        out.writeBytes(bytes);
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** Parts made by {@link #field} and {@link #filePart}, then the closing boundary. */
    public static byte[] parts(List<byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach(out::writeBytes);
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** A body of a {@code file} part whose bytes are streamed from {@code file}, never held in memory. */
    public static HttpRequest.BodyPublisher streamed(Path file, String filename, String type) {
        try {
            long length = fileHead(filename, type).length + Files.size(file) + tail().length;
            return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> {
                try {
                    return new SequenceInputStream(Collections.enumeration(List.<InputStream>of(
                            new java.io.ByteArrayInputStream(fileHead(filename, type)),
                            Files.newInputStream(file), new java.io.ByteArrayInputStream(tail()))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }), length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
