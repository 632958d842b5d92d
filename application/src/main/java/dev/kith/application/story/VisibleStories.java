package dev.kith.application.story;

import dev.kith.application.graph.ViewerScope;
import dev.kith.application.graph.VisibilityPolicy;
import dev.kith.application.story.port.StoryRepository;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.story.Story;
import dev.kith.domain.story.StoryErrors;
import dev.kith.domain.story.StoryId;
import java.time.Instant;

/**
 * Loads a story the actor may see, through the visibility policy: active at the use case's clock (an expired
 * story not purged yet is as absent as a purged one), and by the actor or an account it follows, with no
 * block either way. Anything else is not found.
 */
final class VisibleStories {

    private final StoryRepository stories;
    private final VisibilityPolicy visibility;

    VisibleStories(StoryRepository stories, VisibilityPolicy visibility) {
        this.stories = stories;
        this.visibility = visibility;
    }

    Story require(AccountId viewer, StoryId id, Instant now) {
        return stories.find(id)
                .filter(story -> story.isActiveAt(now))
                .filter(story -> visibility.seesStories(viewer, story.author()))
                .orElseThrow(StoryErrors.StoryNotFound::new);
    }

    /** The scope the story lists are read through for {@code viewer}. */
    ViewerScope scope(AccountId viewer) {
        return visibility.scope(viewer);
    }
}
