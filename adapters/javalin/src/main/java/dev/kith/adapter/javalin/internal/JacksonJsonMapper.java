package dev.kith.adapter.javalin.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.javalin.json.JavalinJackson;
import io.javalin.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Type;
import java.util.stream.Stream;

/**
 * Javalin's JSON through Kith's {@link ObjectMapper}: Javalin's own Jackson mapper, except that
 * {@code ctx.jsonStream(body)}, which every route answers with, writes the body to UTF-8 bytes in memory,
 * straight from Jackson, instead of through a pipe and a thread. ({@code ctx.json(body)} would build a
 * {@code String} and encode it again, half the cost of writing a timeline page: see
 * {@code TimelinePageBenchmark}.) Bodies are pages of at most 100 items, so one in memory is bounded.
 * Thread-safe.
 */
public final class JacksonJsonMapper implements JsonMapper {

    private final JavalinJackson javalin;
    private final ObjectWriter writer;

    /** Reads and writes with {@code mapper}. */
    public JacksonJsonMapper(ObjectMapper mapper, boolean virtualThreads) {
        this.javalin = new JavalinJackson(mapper, virtualThreads);
        this.writer = mapper.writer();
    }

    @Override
    public InputStream toJsonStream(Object obj, Type type) {
        try {
            return new ByteArrayInputStream(writer.writeValueAsBytes(obj));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + obj.getClass().getName() + " as JSON", e);
        }
    }

    @Override
    public String toJsonString(Object obj, Type type) {
        return javalin.toJsonString(obj, type);
    }

    @Override
    public void writeToOutputStream(Stream<?> stream, OutputStream outputStream) {
        javalin.writeToOutputStream(stream, outputStream);
    }

    @Override
    public <T> T fromJsonString(String json, Type targetType) {
        return javalin.fromJsonString(json, targetType);
    }

    @Override
    public <T> T fromJsonStream(InputStream json, Type targetType) {
        return javalin.fromJsonStream(json, targetType);
    }
}
