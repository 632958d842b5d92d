package dev.kith.adapter.javalin.media;

import dev.kith.adapter.filesystem.FileSystemMediaStorage;
import dev.kith.adapter.javalin.TestServer;
import dev.kith.application.media.MediaSettings;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;

/** The server's own links over files on the local disk, as the server keeps them by default ({@code DATA_DIR/media}). */
class MediaServingFileSystemTest extends MediaServingContract {

    @TempDir
    Path scratch;

    @TempDir
    Path files;

    @Override
    protected TestServer start() {
        return MediaTestServers.start(TestServer.START, scratch, MediaSettings.DEFAULT_MAX_IMAGE_BYTES,
                MediaSettings.DEFAULT_MAX_VIDEO_BYTES, Optional.of(new FileSystemMediaStorage(files)));
    }
}
