package dev.kith.adapter.postgres.export;

import dev.kith.adapter.postgres.PostgresAdapters;
import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.SocialAdapters;
import dev.kith.adapter.postgres.media.PostgresMediaRepository;
import dev.kith.adapter.postgres.notification.PostgresNotificationRepository;
import dev.kith.application.export.port.ExportPorts;
import dev.kith.application.export.port.ExportSourceContract;
import dev.kith.application.group.port.GroupPorts;
import dev.kith.application.media.port.MediaRepository;
import dev.kith.application.notification.port.NotificationRepository;
import dev.kith.application.story.port.StoryPorts;
import dev.kith.application.testing.SocialPortsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresExportSourceTest extends ExportSourceContract {

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

    @Override
    protected StoryPorts storyPorts() {
        return PostgresAdapters.on(DB.jdbi()).stories();
    }

    @Override
    protected MediaRepository mediaRows() {
        return new PostgresMediaRepository(DB.jdbi());
    }

    @Override
    protected NotificationRepository notificationRows() {
        return new PostgresNotificationRepository(DB.jdbi());
    }

    @Override
    protected GroupPorts groupPorts() {
        return PostgresAdapters.on(DB.jdbi()).groups();
    }
}
