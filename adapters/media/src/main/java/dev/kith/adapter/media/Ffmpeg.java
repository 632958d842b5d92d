package dev.kith.adapter.media;

import dev.kith.domain.media.MediaFormat;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a frame from a video with the ffmpeg executable, when there is one: started without a shell, reading
 * only the given file with the demuxer of its known format, and killed when it takes too long.
 */
final class Ffmpeg {

    private static final Logger LOG = LoggerFactory.getLogger(Ffmpeg.class);

    private final Path executable;
    private final Duration timeout;

    Ffmpeg(Path executable, Duration timeout) {
        this.executable = executable;
        this.timeout = timeout;
    }

    /**
     * A representative frame among the first ones of the video, no larger than {@code maxSide}; empty when
     * ffmpeg is missing, fails or times out. {@code near} is a file the frame is briefly written beside.
     */
    Optional<BufferedImage> frame(Path video, MediaFormat format, Path near, int maxSide) {
        Path frame = null;
        try {
            Path folder = near.toAbsolutePath().getParent();
            frame = Files.createTempFile(folder, "poster-", ".png");
            Process process = new ProcessBuilder(command(video, format, frame, maxSide))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                LOG.warn("ffmpeg took longer than {} for a poster frame of {}; killed", timeout, video);
                return Optional.empty();
            }
            if (process.exitValue() != 0 || Files.size(frame) == 0) {
                LOG.warn("ffmpeg exited with {} and no poster frame for {}", process.exitValue(), video);
                return Optional.empty();
            }
            return Optional.ofNullable(ImageIO.read(frame.toFile()));
        } catch (IOException e) {
            // the usual case on a machine without ffmpeg: the executable cannot be started
            LOG.debug("no poster frame for {}: {}", video, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (frame != null) {
                try {
                    Files.deleteIfExists(frame);
                } catch (IOException e) {
                    LOG.warn("cannot delete {}", frame, e);
                }
            }
        }
    }

    private List<String> command(Path video, MediaFormat format, Path frame, int maxSide) {
        String scale = "scale=w=" + maxSide + ":h=" + maxSide + ":force_original_aspect_ratio=decrease";
        return List.of(executable.toString(),
                "-nostdin", "-hide_banner", "-loglevel", "error",
                "-protocol_whitelist", "file",
                // the demuxer is fixed to what the bytes were found to be; ffmpeg does not guess again
                "-f", format == MediaFormat.MP4 ? "mov" : "matroska",
                "-i", "file:" + video.toAbsolutePath(),
                // scaled first, so that the thumbnail filter buffers small frames
                "-vf", scale + ",thumbnail=30",
                "-frames:v", "1", "-an", "-sn",
                "-f", "image2", "-update", "1", "-c:v", "png", "-y",
                "file:" + frame.toAbsolutePath());
    }
}
