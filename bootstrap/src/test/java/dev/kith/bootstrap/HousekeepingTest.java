package dev.kith.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HousekeepingTest {

    @TempDir
    Path scratch;

    @Test
    void scratch_files_older_than_a_day_are_deleted_at_start_and_younger_ones_stay() throws Exception {
        Instant now = Instant.parse("2026-11-23T18:00:00Z");
        Path old = Files.writeString(scratch.resolve("upload-1.part"), "left by a crash");
        Files.setLastModifiedTime(old, FileTime.from(now.minus(Duration.ofHours(25))));
        Path young = Files.writeString(scratch.resolve("upload-2.part"), "in flight on another node");
        Files.setLastModifiedTime(young, FileTime.from(now.minus(Duration.ofHours(1))));

        assertThat(Housekeeping.cleanScratch(scratch, now)).isEqualTo(1);

        assertThat(old).doesNotExist();
        assertThat(young).exists();
        assertThat(Housekeeping.cleanScratch(scratch.resolve("absent"), now)).isZero();
    }
}
