package dev.kith.adapter.postgres.export;

import dev.kith.adapter.postgres.PostgresAdapters;
import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.SocialAdapters;
import dev.kith.application.export.port.ExportPorts;
import dev.kith.application.export.port.ExportRepositoryContract;
import dev.kith.application.testing.SocialPortsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresExportRepositoryTest extends ExportRepositoryContract {

    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase();

    @Override
    protected SocialPortsContract.SocialPorts ports() {
        return SocialAdapters.on(DB.jdbi()).ports();
    }

    @Override
    protected ExportPorts exportPorts() {
        return PostgresAdapters.on(DB.jdbi()).exports();
    }
}
