package dev.kith.adapter.postgres.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.account.PostgresAccountRepository;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.shared.port.Outbox;
import dev.kith.application.shared.port.Transactor;
import dev.kith.application.shared.port.TransactorContract;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresTransactorTest extends TransactorContract {

    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase();

    @Override
    protected Transactor transactor() {
        return new JdbiTransactor(DB.jdbi());
    }

    @Override
    protected AccountRepository accounts() {
        return new PostgresAccountRepository(DB.jdbi());
    }

    @Override
    protected Outbox outbox() {
        return new PostgresOutbox(DB.jdbi());
    }

    @Test
    void repositories_and_nested_units_run_on_the_handle_of_the_outer_unit() {
        Jdbi jdbi = DB.jdbi();

        boolean sameHandle = transactor().inTransaction(() -> {
            Handle outer = jdbi.withHandle(handle -> handle);
            Handle nested = transactor().inTransaction(() -> jdbi.withHandle(handle -> handle));
            return outer == nested && outer.isInTransaction();
        });

        assertThat(sameHandle).isTrue();
    }

    @Test
    void a_unit_runs_at_read_committed() {
        String level = transactor().inTransaction(() -> DB.jdbi().withHandle(handle ->
                handle.createQuery("SHOW transaction_isolation").mapTo(String.class).one()));

        assertThat(level).isEqualTo("read committed");
    }
}
