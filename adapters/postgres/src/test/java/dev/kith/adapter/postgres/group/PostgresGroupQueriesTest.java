package dev.kith.adapter.postgres.group;

import dev.kith.adapter.postgres.PostgresAdapters;
import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.SocialAdapters;
import dev.kith.application.group.port.GroupQueriesContract;
import dev.kith.application.group.port.GroupPorts;
import dev.kith.application.testing.SocialPortsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresGroupQueriesTest extends GroupQueriesContract {

    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase(8);

    // Adapters are stateless views of the Jdbi: fresh ones per call cost nothing.
    @Override
    protected SocialPortsContract.SocialPorts ports() {
        return SocialAdapters.on(DB.jdbi()).ports();
    }

    @Override
    protected GroupPorts groupPorts() {
        return PostgresAdapters.on(DB.jdbi()).groups();
    }
}
