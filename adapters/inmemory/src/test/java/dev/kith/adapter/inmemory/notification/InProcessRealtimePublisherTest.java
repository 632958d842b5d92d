package dev.kith.adapter.inmemory.notification;

import dev.kith.application.notification.port.RealtimePublisher;
import dev.kith.application.notification.port.RealtimePublisherContract;

class InProcessRealtimePublisherTest extends RealtimePublisherContract {

    @Override
    protected RealtimePublisher newPublisher() {
        return new InProcessRealtimePublisher();
    }
}
