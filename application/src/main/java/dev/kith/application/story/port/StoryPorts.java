package dev.kith.application.story.port;

import java.util.Objects;

/**
 * The ports of the story context. {@link dev.kith.application.story.Stories} wires itself from it. Adapter
 * modules build it (see {@code InMemoryAdapters} and {@code PostgresAdapters}); every component is required.
 *
 * @param stories the stories and who viewed them
 * @param queries stories and viewers as a viewer sees them
 */
public record StoryPorts(StoryRepository stories, StoryQueries queries) {

    /** Refuses a missing port, by name. */
    public StoryPorts {
        Objects.requireNonNull(stories, "stories");
        Objects.requireNonNull(queries, "queries");
    }
}
