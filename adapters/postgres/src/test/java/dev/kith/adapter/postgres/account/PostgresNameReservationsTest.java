package dev.kith.adapter.postgres.account;

import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.shared.JdbiTransactor;
import dev.kith.application.account.port.NameReservations;
import dev.kith.application.account.port.NameReservationsContract;
import dev.kith.application.shared.port.Transactor;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresNameReservationsTest extends NameReservationsContract {

    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase(4);

    @Override
    protected NameReservations reservations() {
        return new PostgresNameReservations(DB.jdbi());
    }

    @Override
    protected Transactor transactor() {
        return new JdbiTransactor(DB.jdbi());
    }
}
