package dev.kith.adapter.postgres.content;

import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.SocialAdapters;
import dev.kith.application.content.port.PostRepositoryContract;
import dev.kith.application.testing.SocialPortsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresPostRepositoryTest extends PostRepositoryContract {

    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase(8);

    // Adapters are stateless views of the Jdbi: fresh ones per call cost nothing.
    private static SocialAdapters adapters() {
        return SocialAdapters.on(DB.jdbi());
    }

    @Override
    protected SocialPortsContract.SocialPorts ports() {
        return adapters().ports();
    }
}
