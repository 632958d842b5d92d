package dev.kith.adapter.postgres.notification;

import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.SocialAdapters;
import dev.kith.application.notification.port.StreamLog;
import dev.kith.application.notification.port.StreamLogContract;
import dev.kith.application.testing.SocialPortsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresStreamLogTest extends StreamLogContract {

    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase(8);

    @Override
    protected SocialPortsContract.SocialPorts ports() {
        return SocialAdapters.on(DB.jdbi()).ports();
    }

    @Override
    protected StreamLog log() {
        return new PostgresStreamLog(DB.jdbi());
    }
}
