package dev.kith.application.story;

import dev.kith.application.shared.Actor;
import dev.kith.application.story.port.AuthorStories;
import dev.kith.application.story.port.StoryQueries;
import dev.kith.application.story.port.StoryView;
import dev.kith.domain.account.AccountId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the story feed: the active stories of the accounts the actor follows, and its own, by author. */
public final class GetStoryFeed {

    /** Authors with a story the viewer has not opened first, then the author who posted last first. */
    static final Comparator<AuthorStories> ORDER = Comparator.comparing(AuthorStories::allSeen)
            .thenComparing(GetStoryFeed::newest, Comparator.reverseOrder())
            .thenComparing(group -> group.author().id().value().toString());

    private final VisibleStories visibleStories;
    private final StoryQueries queries;
    private final Clock clock;

    GetStoryFeed(VisibleStories visibleStories, StoryQueries queries, Clock clock) {
        this.visibleStories = visibleStories;
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * The active stories of the actor and of the accounts it follows (accepted follows; a public account's
     * stories too are for its followers only), never across a block, grouped by author. Within an author,
     * stories are oldest first, the order they play in; authors with a story the actor has not opened come
     * first, then those whose newest story is newest. The actor's own stories count as seen. Not paginated:
     * an account follows a bounded number of authors with at most 100 active stories each.
     *
     * @param actor a signed-in account
     * @param query nothing to choose yet
     */
    public List<AuthorStories> execute(Actor actor, Query query) {
        AccountId me = actor.requireAccount();
        Instant now = clock.instant();
        Map<AccountId, List<StoryView>> byAuthor = new LinkedHashMap<>();
        for (StoryView story : queries.feed(visibleStories.scope(me), now)) {
            if (now.isBefore(story.expiresAt())) {
                byAuthor.computeIfAbsent(story.author().id(), author -> new ArrayList<>()).add(story);
            }
        }
        List<AuthorStories> groups = new ArrayList<>();
        for (List<StoryView> stories : byAuthor.values()) {
            stories.sort(Comparator.comparing(StoryView::createdAt).thenComparing(story -> story.id().value().toString()));
            groups.add(new AuthorStories(stories.get(0).author(), stories, stories.stream().allMatch(StoryView::seen)));
        }
        groups.sort(ORDER);
        return List.copyOf(groups);
    }

    private static Instant newest(AuthorStories group) {
        return group.stories().get(group.stories().size() - 1).createdAt();
    }

    /** The actor's story feed; nothing to choose yet. */
    public record Query() {
    }
}
