package dev.kith.adapter.inmemory;

import dev.kith.application.export.port.ExportPorts;
import dev.kith.application.export.port.ExportSourceContract;
import dev.kith.application.group.port.GroupPorts;
import dev.kith.application.media.port.MediaRepository;
import dev.kith.application.notification.port.NotificationRepository;
import dev.kith.application.story.port.StoryPorts;
import dev.kith.application.testing.SocialPortsContract;
import java.time.Clock;
import java.util.Optional;

class InMemoryExportSourceContractTest extends ExportSourceContract {

    private final InMemoryAdapters adapters = InMemoryAdapters.create(Clock.systemUTC());

    @Override
    protected SocialPortsContract.SocialPorts ports() {
        return new SocialPortsContract.SocialPorts(adapters.shared(), adapters.accounts(), adapters.graph(),
                adapters.profiles(), adapters.content(), Optional.of(adapters.groups()));
    }

    @Override
    protected ExportPorts exportPorts() {
        return adapters.exports();
    }

    @Override
    protected StoryPorts storyPorts() {
        return adapters.stories();
    }

    @Override
    protected MediaRepository mediaRows() {
        return adapters.media().media();
    }

    @Override
    protected NotificationRepository notificationRows() {
        return adapters.notifications().notifications();
    }

    @Override
    protected GroupPorts groupPorts() {
        return adapters.groups();
    }
}
