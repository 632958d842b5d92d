package dev.kith.adapter.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.application.testing.TestMedia;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentUploadsTest {

    private static final int UPLOADS = 8;

    @TempDir
    Path dir;

    @Test
    void eight_simultaneous_24_megapixel_jpegs_fit_in_a_heap_of_256_mib() throws IOException, InterruptedException {
        byte[] photo = TestMedia.jpeg(6000, 4000);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"),
                ConcurrentUploads.class.getName(),
                dir.toString()));
        for (int i = 0; i < UPLOADS; i++) {
            command.add(Files.write(dir.resolve("upload-" + i + ".jpg"), photo).toString());
        }
        Path log = dir.resolve("child.log");

        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = child.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            child.destroyForcibly();
        }

        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as(output).isTrue();
        assertThat(output).doesNotContain("OutOfMemoryError").contains("concurrent decodes 2");
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output.lines().filter(line -> line.startsWith("processed Rendition[format=JPEG, width=2048, height=1365]")))
                .hasSize(UPLOADS);
    }
}
