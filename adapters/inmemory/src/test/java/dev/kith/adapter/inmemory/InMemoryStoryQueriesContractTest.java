package dev.kith.adapter.inmemory;

import dev.kith.application.media.port.MediaRepository;
import dev.kith.application.story.port.StoryQueriesContract;
import dev.kith.application.story.port.StoryPorts;
import dev.kith.application.testing.SocialPortsContract;
import java.time.Clock;

class InMemoryStoryQueriesContractTest extends StoryQueriesContract {

    private final InMemoryAdapters adapters = InMemoryAdapters.create(Clock.systemUTC());

    @Override
    protected SocialPortsContract.SocialPorts ports() {
        return new SocialPortsContract.SocialPorts(adapters.shared(), adapters.accounts(), adapters.graph(),
                adapters.profiles(), adapters.content());
    }

    @Override
    protected StoryPorts storyPorts() {
        return adapters.stories();
    }

    @Override
    protected MediaRepository mediaRows() {
        return adapters.media().media();
    }
}
