package dev.kith.application.story.port;

import dev.kith.application.graph.ViewerScope;
import dev.kith.application.shared.Keyed;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.story.StoryId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The read side of stories. Every method is a fixed number of statements, whatever the number of stories
 * or authors. Whether the viewer may see a single story is decided by the use case before calling; the
 * lists take the {@link ViewerScope} the visibility policy made, never null. Thread-safe.
 */
public interface StoryQueries {

    /**
     * The story as {@code viewer} sees it (author, media, whether the viewer opened it), expired or not;
     * empty when it does not exist.
     */
    Optional<StoryView> story(StoryId id, AccountId viewer);

    /**
     * The stories active at {@code now} of the scope's viewer and of the accounts it follows (accepted),
     * leaving out accounts blocked either way with it, by author and, within an author, oldest first. Each
     * tells whether the viewer opened it; the viewer's own stories count as seen.
     */
    List<StoryView> feed(ViewerScope scope, Instant now);

    /**
     * The accounts that opened a story, newest view first, keyed by view id, leaving out accounts blocked
     * either way with the scope's viewer.
     *
     * @param after the view id the page starts after (exclusive), empty for the newest
     */
    List<Keyed<UUID, StoryViewer>> viewers(StoryId story, ViewerScope scope, Optional<UUID> after, int limit);
}
