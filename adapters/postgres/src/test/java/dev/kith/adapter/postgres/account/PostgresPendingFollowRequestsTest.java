package dev.kith.adapter.postgres.account;

import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.SocialAdapters;
import dev.kith.application.account.port.PendingFollowRequestsContract;
import dev.kith.application.testing.SocialPortsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresPendingFollowRequestsTest extends PendingFollowRequestsContract {

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
