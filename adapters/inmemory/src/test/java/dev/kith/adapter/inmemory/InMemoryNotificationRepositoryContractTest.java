package dev.kith.adapter.inmemory;

import dev.kith.application.notification.port.NotificationRepository;
import dev.kith.application.notification.port.NotificationRepositoryContract;
import dev.kith.application.testing.SocialPortsContract;

class InMemoryNotificationRepositoryContractTest extends NotificationRepositoryContract {

    private final InMemoryPorts ports = new InMemoryPorts();

    @Override
    protected SocialPortsContract.SocialPorts ports() {
        return ports.social();
    }

    @Override
    protected NotificationRepository notifications() {
        return ports.notifications;
    }
}
