package dev.kith.adapter.postgres.story;

import dev.kith.adapter.postgres.PostgresAdapters;
import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.SocialAdapters;
import dev.kith.adapter.postgres.media.PostgresMediaRepository;
import dev.kith.application.media.port.MediaRepository;
import dev.kith.application.story.port.StoryRepositoryContract;
import dev.kith.application.story.port.StoryPorts;
import dev.kith.application.testing.SocialPortsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresStoryRepositoryTest extends StoryRepositoryContract {

    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase(8);

    // Adapters are stateless views of the Jdbi: fresh ones per call cost nothing.
    @Override
    protected SocialPortsContract.SocialPorts ports() {
        return SocialAdapters.on(DB.jdbi()).ports();
    }

    @Override
    protected StoryPorts storyPorts() {
        return PostgresAdapters.on(DB.jdbi()).stories();
    }

    @Override
    protected MediaRepository mediaRows() {
        return new PostgresMediaRepository(DB.jdbi());
    }
}
