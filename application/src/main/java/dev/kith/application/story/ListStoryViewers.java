package dev.kith.application.story;

import dev.kith.application.shared.Actor;
import dev.kith.application.shared.Page;
import dev.kith.application.shared.PageRequest;
import dev.kith.application.story.port.StoryQueries;
import dev.kith.application.story.port.StoryViewer;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.story.Story;
import dev.kith.domain.story.StoryErrors;
import java.time.Clock;
import java.util.Objects;

/** Lists who opened one of the actor's stories. */
public final class ListStoryViewers {

    private final VisibleStories visibleStories;
    private final StoryQueries queries;
    private final Clock clock;

    ListStoryViewers(VisibleStories visibleStories, StoryQueries queries, Clock clock) {
        this.visibleStories = visibleStories;
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * One page of the accounts that opened the story, newest view first; accounts blocked either way with
     * the author are left out. The author's own views are never recorded, so it is never among them.
     *
     * @param actor a signed-in account, which must be the story's author
     * @param query the story id and the page
     * @throws StoryErrors.StoryNotFound when there is no such story, it expired, or the actor may not see it
     * @throws StoryErrors.NotYourStory when the actor sees the story but is not its author
     * @throws dev.kith.domain.shared.InvalidInput on {@code cursor} when the cursor is not one this list returned
     */
    public Page<StoryViewer> execute(Actor actor, Query query) {
        AccountId me = actor.requireAccount();
        Story story = visibleStories.require(me, StoryIds.route(query.storyId()), clock.instant());
        if (!story.author().equals(me)) {
            throw new StoryErrors.NotYourStory("list its viewers");
        }
        PageRequest.InList page = query.page().in("story_viewers", story.id());
        return page.page(queries.viewers(story.id(), visibleStories.scope(me), page.afterId(), page.fetchSize()));
    }

    /** Which story, which page. */
    public record Query(String storyId, PageRequest page) {
        public Query {
            Objects.requireNonNull(page, "page");
        }
    }
}
