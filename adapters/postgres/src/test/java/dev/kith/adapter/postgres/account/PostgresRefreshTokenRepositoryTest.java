package dev.kith.adapter.postgres.account;

import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.shared.JdbiTransactor;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.account.port.RefreshTokenRepository;
import dev.kith.application.account.port.RefreshTokenRepositoryContract;
import dev.kith.application.shared.port.Transactor;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresRefreshTokenRepositoryTest extends RefreshTokenRepositoryContract {

    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase();

    @Override
    protected RefreshTokenRepository refreshTokens() {
        return new PostgresRefreshTokenRepository(DB.jdbi());
    }

    @Override
    protected AccountRepository accounts() {
        return new PostgresAccountRepository(DB.jdbi());
    }

    @Override
    protected Transactor transactor() {
        return new JdbiTransactor(DB.jdbi());
    }
}
