package dev.kith.adapter.postgres.graph;

import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.SocialAdapters;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.graph.port.BlockRepository;
import dev.kith.application.graph.port.BlockRepositoryContract;
import dev.kith.application.graph.port.GraphQueries;
import dev.kith.application.shared.port.Transactor;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresBlockRepositoryTest extends BlockRepositoryContract {

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
    protected BlockRepository blocks() {
        return adapters().blocks();
    }

    @Override
    protected GraphQueries graph() {
        return adapters().graph();
    }

    @Override
    protected Transactor transactor() {
        return adapters().transactor();
    }
}
