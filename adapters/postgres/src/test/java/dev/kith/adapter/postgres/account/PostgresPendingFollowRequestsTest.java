package dev.kith.adapter.postgres.account;

import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.SocialAdapters;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.account.port.PendingFollowRequests;
import dev.kith.application.account.port.PendingFollowRequestsContract;
import dev.kith.application.graph.port.FollowRepository;
import dev.kith.application.profile.port.ProfileQueries;
import dev.kith.application.shared.port.Transactor;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresPendingFollowRequestsTest extends PendingFollowRequestsContract {

    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase(8);

    // Adapters are stateless views of the Jdbi: fresh ones per call cost nothing.
    private static SocialAdapters adapters() {
        return SocialAdapters.on(DB.jdbi());
    }

    @Override
    protected AccountRepository accounts() {
        return adapters().accounts();
    }

    @Override
    protected FollowRepository follows() {
        return adapters().follows();
    }

    @Override
    protected PendingFollowRequests pendingRequests() {
        return adapters().pendingFollowRequests();
    }

    @Override
    protected ProfileQueries profiles() {
        return adapters().profiles();
    }

    @Override
    protected Transactor transactor() {
        return adapters().transactor();
    }
}
