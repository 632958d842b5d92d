package dev.kith.adapter.javalin.media;

import dev.kith.adapter.javalin.internal.HttpProblem;
import dev.kith.domain.shared.FieldError;
import dev.kith.domain.shared.InvalidInput;
import io.javalin.http.Context;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

/**
 * Reads a {@code multipart/form-data} upload as a stream: the {@code file} part's bytes go to the consumer
 * as they arrive from the network, never buffered whole in memory nor spooled by the server before the core
 * sees them (the core spools them itself, within the limit of their type). A {@code description} text part
 * may come before or after the file; other parts are read past and ignored.
 */
final class MultipartUpload {

    /** What the parts around the file may add: headers, boundaries, a description. */
    static final long OVERHEAD_BYTES = 64 * 1024;

    private static final int MAX_TEXT_BYTES = 8 * 1024;

    private final long maxBodyBytes;

    /** Refuses bodies over {@code maxFileBytes} plus {@link #OVERHEAD_BYTES}. */
    MultipartUpload(long maxFileBytes) {
        this.maxBodyBytes = maxFileBytes + OVERHEAD_BYTES;
    }

    /** What the request carried: the consumer's result, and a description that came only after the file. */
    record Result<T>(T stored, Optional<String> lateDescription) {
    }

    /**
     * Streams the {@code file} part to {@code consumer} with the description sent before it.
     *
     * @throws HttpProblem 415 when not multipart/form-data, 413 when the declared length is over the limit,
     *     400 for a malformed body, a missing {@code file} part or a body that ends early
     */
    <T> Result<T> read(Context ctx, BiFunction<InputStream, Optional<String>, T> consumer) {
        requireMultipart(ctx.header("Content-Type"));
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBodyBytes) {
            // refused before reading: the rest of the body is not read, so the connection cannot be reused
            ctx.header("Connection", "close");
            throw HttpProblem.payloadTooLarge(maxBodyBytes);
        }
        JakartaServletFileUpload<?, ?> upload = new JakartaServletFileUpload<>();
        upload.setSizeMax(maxBodyBytes);
        upload.setHeaderCharset(StandardCharsets.UTF_8);
        Optional<String> description = Optional.empty();
        T stored = null;
        Optional<String> late = Optional.empty();
        try {
            FileItemInputIterator parts = upload.getItemIterator(ctx.req());
            while (parts.hasNext()) {
                FileItemInput part = parts.next();
                String name = part.getFieldName();
                if ("file".equals(name) && stored == null) {
                    try {
                        stored = consumer.apply(new RequestBody(part.getInputStream()), description);
                    } catch (UncheckedIOException e) {
                        if (e.getCause() instanceof RequestBody.Failure failure) {
                            throw closing(ctx, failure.problem(maxBodyBytes));
                        }
                        throw e;
                    }
                } else if ("description".equals(name) && part.isFormField()) {
                    String text = text(part);
                    if (stored == null) {
                        description = Optional.of(text);
                    } else {
                        late = Optional.of(text);
                    }
                } else {
                    part.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
        } catch (FileUploadSizeException e) {
            throw closing(ctx, HttpProblem.payloadTooLarge(maxBodyBytes));
        } catch (RequestBody.Failure e) {
            throw closing(ctx, e.problem(maxBodyBytes));
        } catch (FileUploadException e) {
            throw closing(ctx, malformed());
        } catch (IOException e) {
            throw closing(ctx, aborted());
        }
        if (stored == null) {
            throw new InvalidInput("validation_failed", "The upload has no part named file.",
                    List.of(new FieldError("file", "is required")));
        }
        return new Result<>(stored, late);
    }

    /** The rest of the body goes unread: the connection cannot carry another request. */
    private static HttpProblem closing(Context ctx, HttpProblem problem) {
        ctx.header("Connection", "close");
        return problem;
    }

    private static String text(FileItemInput part) throws IOException {
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_TEXT_BYTES + 1);
            if (bytes.length > MAX_TEXT_BYTES) {
                throw new InvalidInput("validation_failed", "The description is too long.",
                        List.of(new FieldError("description", "must be at most 1500 characters")));
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static void requireMultipart(String contentType) {
        String type = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals("multipart/form-data")) {
            throw new HttpProblem(415, "unsupported_media_type",
                    "Send the file as multipart/form-data, in a part named file"
                            + (type.isEmpty() ? "." : ", not as " + type + "."));
        }
        if (!contentType.toLowerCase(Locale.ROOT).contains("boundary=")) {
            throw malformed();
        }
    }

    private static HttpProblem malformed() {
        return new HttpProblem(400, "malformed_request", "The body is not well-formed multipart/form-data.");
    }

    private static HttpProblem aborted() {
        return new HttpProblem(400, "malformed_request", "The upload ended before its last part did.");
    }

    /**
     * The file part's bytes, which marks every failure to read them as the client's, so that the core's
     * {@link UncheckedIOException} around it tells a cut-off or oversized body from a full disk.
     */
    private static final class RequestBody extends FilterInputStream {

        RequestBody(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw new Failure(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException e) {
                throw new Failure(e);
            }
        }

        @Override
        public void close() {
            try {
                super.close();
            } catch (IOException e) {
                // closing a part skips to its end; a failure there shows again on the next part
            }
        }

        /** Reading the request failed: the client went away, sent too much, or broke the multipart framing. */
        static final class Failure extends IOException {
            Failure(IOException cause) {
                super(cause.getMessage(), cause);
            }

            HttpProblem problem(long maxBodyBytes) {
                if (getCause() instanceof FileUploadSizeException) {
                    return HttpProblem.payloadTooLarge(maxBodyBytes);
                }
                return getCause() instanceof FileUploadException ? malformed() : aborted();
            }
        }
    }
}
