package dev.kith.adapter.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kith.application.media.port.PosterFrame;
import dev.kith.application.media.port.Rendition;
import dev.kith.application.media.port.VideoInfo;
import dev.kith.domain.media.MediaFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Poster frames and probing on real videos, which ffmpeg makes; skipped where ffmpeg is not installed
 * ({@code apt-get install ffmpeg}). {@link ImageIoMediaProcessorTest} covers the machine without it.
 */
class FfmpegPosterFrameTest {

    @TempDir
    Path dir;

    private final ImageIoMediaProcessor processor = new ImageIoMediaProcessor(ProcessingLimits.defaults()
            .withMaxConcurrentDecodes(2));

    @Test
    void takes_a_poster_frame_from_an_mp4_and_probes_it() throws Exception {
        Path video = make("v.mp4", "-c:v", "libx264", "-pix_fmt", "yuv420p");

        assertThat(processor.detect(video)).isEqualTo(MediaFormat.MP4);
        VideoInfo info = processor.probeVideo(video, MediaFormat.MP4);
        assertThat(info.width()).isEqualTo(640);
        assertThat(info.height()).isEqualTo(360);
        assertThat(info.duration()).isBetween(Duration.ofMillis(900), Duration.ofMillis(1100));

        Optional<PosterFrame> poster = processor.posterFrame(video, dir.resolve("poster.jpg"));

        assertThat(poster).isPresent();
        assertThat(poster.get().thumbnail()).isEqualTo(new Rendition(MediaFormat.JPEG, 400, 225));
        assertThat(ImageIO.read(dir.resolve("poster.jpg").toFile()).getWidth()).isEqualTo(400);
        assertThat(poster.get().blurhash()).hasSize(28);
    }

    @Test
    void takes_a_poster_frame_from_a_webm_and_probes_it() throws Exception {
        Path video = make("v.webm", "-c:v", "libvpx-vp9", "-b:v", "200k");

        assertThat(processor.detect(video)).isEqualTo(MediaFormat.WEBM);
        VideoInfo info = processor.probeVideo(video, MediaFormat.WEBM);
        assertThat(info.width()).isEqualTo(640);
        assertThat(info.height()).isEqualTo(360);

        assertThat(processor.posterFrame(video, dir.resolve("poster.jpg"))).isPresent();
    }

    /** A one-second 640 x 360 test pattern made by ffmpeg; the test is skipped when ffmpeg cannot make it. */
    private Path make(String name, String... codec) throws IOException, InterruptedException {
        assumeTrue(runs(List.of("ffmpeg", "-version")), "ffmpeg is not installed");
        Path video = dir.resolve(name);
        List<String> command = new java.util.ArrayList<>(List.of("ffmpeg", "-nostdin", "-loglevel", "error",
                "-f", "lavfi", "-i", "testsrc=size=640x360:rate=10:duration=1"));
        command.addAll(List.of(codec));
        command.add(video.toString());
        assumeTrue(runs(command), "this ffmpeg cannot encode " + name);
        return video;
    }

    private static boolean runs(List<String> command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
