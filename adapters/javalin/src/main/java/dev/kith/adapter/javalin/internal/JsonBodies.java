package dev.kith.adapter.javalin.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads JSON object bodies: checks the media type, bounds the size and the parser's work, and hands
 * the fields to {@link JsonFields}. Every failure is a 4xx problem, never a 500. Thread-safe.
 */
public final class JsonBodies {

    private static final long DRAIN_LIMIT = 16L * 1024 * 1024;

    private final ObjectMapper mapper;
    private final long maxBytes;

    /** Reads with {@code mapper}, refusing bodies over {@code maxBytes}. */
    public JsonBodies(ObjectMapper mapper, long maxBytes) {
        this.mapper = mapper;
        this.maxBytes = maxBytes;
    }

    /**
     * The request's JSON object, with {@code allowedFields} the only names it may use.
     *
     * @throws HttpProblem 415 for another media type, 413 when too large, 400 when not a JSON object
     */
    public JsonFields read(Context ctx, Set<String> allowedFields) {
        requireJson(ctx.header("Content-Type"));
        byte[] bytes = readBounded(ctx);
        if (bytes.length == 0) {
            throw HttpProblem.malformedJson("The request body is empty; send a JSON object.");
        }
        JsonNode node;
        try {
            node = mapper.readTree(bytes);
        } catch (StreamConstraintsException e) {
            throw HttpProblem.malformedJson("The JSON is nested too deeply or has an overlong value.");
        } catch (JacksonException e) {
            throw HttpProblem.malformedJson("The request body is not valid JSON"
                    + (e.getLocation() == null ? "." : " (near offset " + e.getLocation().getByteOffset() + ")."));
        } catch (IOException e) {
            // invalid UTF-8 surfaces as a plain CharConversionException
            throw HttpProblem.malformedJson("The request body is not valid UTF-8 JSON.");
        }
        if (node == null || !node.isObject()) {
            throw HttpProblem.malformedJson("The request body must be a JSON object.");
        }
        return new JsonFields((ObjectNode) node, allowedFields);
    }

    /**
     * Reads the body into a request record with {@code reader}, then fails with one 400 naming every field
     * of the wrong type or unknown. Authenticated routes authenticate first, so an anonymous caller learns
     * nothing from 400s.
     */
    public <T> T parse(Context ctx, Set<String> allowedFields, Function<JsonFields, T> reader) {
        JsonFields body = read(ctx, allowedFields);
        T request = reader.apply(body);
        body.requireValid();
        return request;
    }

    private void requireJson(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw unsupported("Send the body as application/json.");
        }
        String[] parts = contentType.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        boolean json = type.equals("application/json")
                || (type.startsWith("application/") && type.endsWith("+json"));
        if (!json) {
            throw unsupported("Send the body as application/json, not " + type + ".");
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("charset=")) {
                String charset = parameter.substring("charset=".length()).replace("\"", "");
                if (!charset.equals("utf-8") && !charset.equals("utf8")) {
                    throw unsupported("JSON must be encoded as UTF-8.");
                }
            }
        }
    }

    private static HttpProblem unsupported(String detail) {
        return new HttpProblem(415, "unsupported_media_type", detail);
    }

    private byte[] readBounded(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > maxBytes) {
                throw tooLarge(in, declared);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(0, Math.min(declared, 64 * 1024)));
            byte[] chunk = new byte[8192];
            long total = 0;
            int read;
            while ((read = in.read(chunk)) != -1) {
                total += read;
                if (total > maxBytes) {
                    throw tooLarge(in, declared);
                }
                out.write(chunk, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new HttpProblem(400, "malformed_request", "The request body could not be read.");
        }
    }

    /**
     * Reads and drops the rest of a moderately oversized body first: a client still sending when the
     * server answers and closes often never sees the 413. A body beyond the drain limit is cut off.
     */
    private HttpProblem tooLarge(InputStream in, long declared) {
        long drainLimit = Math.max(DRAIN_LIMIT, 4 * maxBytes);
        if (declared <= drainLimit) {
            try {
                long skipped = 0;
                byte[] sink = new byte[8192];
                int read;
                while (skipped <= drainLimit && (read = in.read(sink)) != -1) {
                    skipped += read;
                }
            } catch (IOException e) {
                // the client gave up; the 413 goes out (or not) all the same
            }
        }
        return HttpProblem.payloadTooLarge(maxBytes);
    }
}
