package dev.kith.adapter.inmemory.media;

import dev.kith.application.media.port.MediaProcessor;
import dev.kith.application.media.port.PosterFrame;
import dev.kith.application.media.port.ProcessedImage;
import dev.kith.application.media.port.VideoInfo;
import dev.kith.domain.media.MediaErrors;
import dev.kith.domain.media.MediaFormat;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The in-memory core's {@link MediaProcessor} when none is given: it has no codecs, so it refuses every
 * upload as unsupported, saying how to get one. Give a real processor with
 * {@code InMemoryKith.builder(clock).override(MediaProcessor.class, processor)}.
 */
public final class UnavailableMediaProcessor implements MediaProcessor {

    private static final String WHY = "This core processes no media: give it a MediaProcessor "
            + "(ImageIoMediaProcessor of kith-adapter-media) to accept uploads.";

    @Override
    public MediaFormat detect(Path file) {
        throw new MediaErrors.UnsupportedMediaType(WHY);
    }

    @Override
    public ProcessedImage processImage(Path original, MediaFormat format, Path display, Path thumbnail) {
        throw new MediaErrors.UnsupportedMediaType(WHY);
    }

    @Override
    public VideoInfo probeVideo(Path file, MediaFormat format) {
        throw new MediaErrors.UnsupportedMediaType(WHY);
    }

    @Override
    public Optional<PosterFrame> posterFrame(Path video, Path thumbnail) {
        return Optional.empty();
    }
}
