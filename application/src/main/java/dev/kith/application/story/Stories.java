package dev.kith.application.story;

import dev.kith.application.graph.VisibilityPolicy;
import dev.kith.application.media.Attachments;
import dev.kith.application.shared.ContextFacade;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.OutboxHandler;
import dev.kith.application.shared.port.SharedPorts;
import dev.kith.application.story.port.StoryPorts;
import java.time.Clock;
import java.util.Map;

/** The use cases of stories, wired to their ports. Thread-safe. */
public final class Stories implements ContextFacade {

    private final PostStory post;
    private final GetStoryFeed feed;
    private final ViewStory view;
    private final ListStoryViewers listViewers;
    private final DeleteStory delete;
    private final PurgeExpiredStories purgeExpired;

    /**
     * Wires the story use cases to their ports; {@link dev.kith.application.Kith} calls this for you.
     *
     * @param visibility the graph context's policy
     * @param media the media context's attachments, which stories use
     * @param events where the use cases record story events
     */
    public Stories(SharedPorts shared, StoryPorts ports, VisibilityPolicy visibility, Attachments media,
                   DomainEvents events, Clock clock) {
        var transactor = shared.transactor();
        var stories = ports.stories();
        var queries = ports.queries();
        VisibleStories visible = new VisibleStories(stories, visibility);
        this.post = new PostStory(transactor, stories, queries, media, shared.ids(), events, clock);
        this.feed = new GetStoryFeed(visible, queries, clock);
        this.view = new ViewStory(transactor, visible, stories, queries, shared.ids(), events, clock);
        this.listViewers = new ListStoryViewers(visible, queries, clock);
        this.delete = new DeleteStory(transactor, visible, stories, media, events, clock);
        this.purgeExpired = new PurgeExpiredStories(transactor, stories, media, clock);
        events.subscribe(new AccountStoriesErasure(stories, media));
    }

    /** None. */
    @Override
    public Map<String, OutboxHandler> outboxHandlers() {
        return Map.of();
    }

    public PostStory post() {
        return post;
    }

    public GetStoryFeed feed() {
        return feed;
    }

    public ViewStory view() {
        return view;
    }

    public ListStoryViewers listViewers() {
        return listViewers;
    }

    public DeleteStory delete() {
        return delete;
    }

    public PurgeExpiredStories purgeExpired() {
        return purgeExpired;
    }
}
