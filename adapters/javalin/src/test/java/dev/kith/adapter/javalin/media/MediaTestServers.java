package dev.kith.adapter.javalin.media;

import dev.kith.adapter.inmemory.InMemoryKith;
import dev.kith.adapter.javalin.HttpSettings;
import dev.kith.adapter.javalin.RateLimitSettings;
import dev.kith.adapter.javalin.TestServer;
import dev.kith.adapter.media.ImageIoMediaProcessor;
import dev.kith.application.media.MediaSettings;
import dev.kith.application.media.port.MediaProcessor;
import dev.kith.application.media.port.MediaStorage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Servers over an in-memory core with the real image processor, and optionally another store. */
final class MediaTestServers {

    private MediaTestServers() {
    }

    /** The default limits (10 MiB images, 100 MiB videos), the in-memory store. */
    static TestServer start(Path scratch) {
        return start(TestServer.START, scratch, MediaSettings.DEFAULT_MAX_IMAGE_BYTES,
                MediaSettings.DEFAULT_MAX_VIDEO_BYTES, Optional.empty());
    }

    static TestServer start(Instant start, Path scratch, long maxImageBytes, long maxVideoBytes,
                            Optional<MediaStorage> storage) {
        return new TestServer(start, clock -> {
            InMemoryKith.Builder builder = InMemoryKith.builder(clock)
                    .override(MediaProcessor.class, ImageIoMediaProcessor.withDefaults())
                    .mediaSettings(new MediaSettings(maxImageBytes, maxVideoBytes, scratch, new byte[32]));
            storage.ifPresent(store -> builder.override(MediaStorage.class, store));
            return builder.build();
        }, HttpSettings.defaults().withRateLimits(RateLimitSettings.off()), Map.of());
    }
}
