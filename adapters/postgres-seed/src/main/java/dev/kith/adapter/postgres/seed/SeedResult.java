package dev.kith.adapter.postgres.seed;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link Seeder} run loaded: rows per table, in load order, and how long it took in all.
 *
 * @param rows    the rows loaded into each table
 * @param elapsed from the first statement to the end of the final VACUUM ANALYZE
 */
public record SeedResult(Map<String, Long> rows, Duration elapsed) {
    public SeedResult {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
        Objects.requireNonNull(elapsed, "elapsed");
    }
}
