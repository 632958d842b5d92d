package dev.kith.adapter.postgres.notification;

import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.SocialAdapters;
import dev.kith.application.notification.port.NotificationRepository;
import dev.kith.application.notification.port.NotificationRepositoryContract;
import dev.kith.application.testing.SocialPortsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresNotificationRepositoryTest extends NotificationRepositoryContract {

    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase(8);

    @Override
    protected SocialPortsContract.SocialPorts ports() {
        return SocialAdapters.on(DB.jdbi()).ports();
    }

    @Override
    protected NotificationRepository notifications() {
        return new PostgresNotificationRepository(DB.jdbi());
    }
}
