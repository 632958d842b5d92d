package dev.kith.adapter.postgres.media;

import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.SocialAdapters;
import dev.kith.application.media.port.MediaRepository;
import dev.kith.application.media.port.MediaRepositoryContract;
import dev.kith.application.testing.SocialPortsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresMediaRepositoryTest extends MediaRepositoryContract {

    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase(8);

    @Override
    protected SocialPortsContract.SocialPorts ports() {
        return SocialAdapters.on(DB.jdbi()).ports();
    }

    @Override
    protected MediaRepository media() {
        return new PostgresMediaRepository(DB.jdbi());
    }
}
