package dev.kith.adapter.postgres.account;

import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.shared.JdbiTransactor;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.account.port.AccountRepositoryContract;
import dev.kith.application.shared.port.Transactor;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresAccountRepositoryTest extends AccountRepositoryContract {

    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase();

    @Override
    protected AccountRepository accounts() {
        return new PostgresAccountRepository(DB.jdbi());
    }

    @Override
    protected Transactor transactor() {
        return new JdbiTransactor(DB.jdbi());
    }
}
