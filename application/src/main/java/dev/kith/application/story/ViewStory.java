package dev.kith.application.story;

import dev.kith.application.shared.Actor;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.Transactor;
import dev.kith.application.story.port.StoryQueries;
import dev.kith.application.story.port.StoryRepository;
import dev.kith.application.story.port.StoryView;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.story.Story;
import dev.kith.domain.story.StoryErrors;
import dev.kith.domain.story.StoryEvent;
import dev.kith.domain.story.StoryViewId;
import java.time.Clock;
import java.time.Instant;

/** Opens a story, recording that the actor saw it. */
public final class ViewStory {

    private final Transactor transactor;
    private final VisibleStories visibleStories;
    private final StoryRepository stories;
    private final StoryQueries queries;
    private final IdGenerator ids;
    private final DomainEvents events;
    private final Clock clock;

    ViewStory(Transactor transactor, VisibleStories visibleStories, StoryRepository stories, StoryQueries queries,
              IdGenerator ids, DomainEvents events, Clock clock) {
        this.transactor = transactor;
        this.visibleStories = visibleStories;
        this.stories = stories;
        this.queries = queries;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The story, recording that the actor viewed it: once per viewer (opening it again changes nothing and
     * keeps the first time), and never for its author, whose own views are not recorded.
     *
     * @param actor a signed-in account: the author or one of its accepted followers
     * @param query the story id
     * @return the story, seen
     * @throws StoryErrors.StoryNotFound when there is no such story, it expired, or the actor may not see it
     *     (not a follower, even of a public account, or blocked either way)
     */
    public StoryView execute(Actor actor, Query query) {
        AccountId me = actor.requireAccount();
        Story story = transactor.inTransaction(() -> {
            Instant now = clock.instant();
            Story seen = visibleStories.require(me, StoryIds.route(query.storyId()), now);
            if (!seen.author().equals(me) && stories.recordView(new StoryViewId(ids.next()), seen.id(), me, now)) {
                events.record(new StoryEvent.StoryViewed(seen.id(), seen.author(), me, now));
            }
            return seen;
        });
        return queries.story(story.id(), me).map(StoryView::asSeen).orElseThrow(StoryErrors.StoryNotFound::new);
    }

    /** Which story. */
    public record Query(String storyId) {
    }
}
