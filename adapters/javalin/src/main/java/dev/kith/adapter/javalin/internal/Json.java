package dev.kith.adapter.javalin.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The one Jackson configuration of the HTTP adapter: strict when reading, ISO-8601 UTC timestamps when writing. */
public final class Json {

    /** Deeper nesting than any request needs; bounds the parser's work on hostile input. */
    static final int MAX_NESTING_DEPTH = 32;

    private Json() {
    }

    /** A new mapper; thread-safe once built, so build it once. */
    public static ObjectMapper mapper(long maxRequestBytes) {
        int maxString = (int) Math.min(Integer.MAX_VALUE, Math.max(1024, maxRequestBytes));
        JsonMapper mapper = JsonMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .addModule(new JavaTimeModule())
                // after JavaTimeModule so it wins: the API promises whole seconds, like 2026-11-23T18:00:00Z
                .addModule(new SimpleModule("kith-instants").addSerializer(Instant.class, new SecondsInstantSerializer()))
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(maxString)
                .maxNumberLength(64)
                .maxNameLength(1024)
                .build());
        return mapper;
    }

    /** Writes an instant as an ISO-8601 UTC string truncated to whole seconds. */
    private static final class SecondsInstantSerializer extends JsonSerializer<Instant> {
        @Override
        public void serialize(Instant value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(DateTimeFormatter.ISO_INSTANT.format(value.truncatedTo(ChronoUnit.SECONDS)));
        }

        @Override
        public Class<Instant> handledType() {
            return Instant.class;
        }
    }
}
