package dev.kith.application.story;

import dev.kith.application.media.Attachments;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.port.Transactor;
import dev.kith.application.story.port.StoryRepository;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.story.Story;
import dev.kith.domain.story.StoryErrors;
import dev.kith.domain.story.StoryEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Deletes a story with its views and its media. */
public final class DeleteStory {

    private final Transactor transactor;
    private final VisibleStories visibleStories;
    private final StoryRepository stories;
    private final Attachments media;
    private final DomainEvents events;
    private final Clock clock;

    DeleteStory(Transactor transactor, VisibleStories visibleStories, StoryRepository stories, Attachments media,
                DomainEvents events, Clock clock) {
        this.transactor = transactor;
        this.visibleStories = visibleStories;
        this.stories = stories;
        this.media = media;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Deletes the story and its views, and its media with their files (after commit, through the outbox).
     *
     * @param actor a signed-in account, which must be the author
     * @param command the story id
     * @throws StoryErrors.StoryNotFound when there is no such story, it expired (the purge takes it), or the
     *     actor may not see it
     * @throws StoryErrors.NotYourStory when the actor sees the story but is not its author
     */
    public void execute(Actor actor, Command command) {
        AccountId me = actor.requireAccount();
        transactor.run(() -> {
            Instant now = clock.instant();
            Story story = visibleStories.require(me, StoryIds.route(command.storyId()), now);
            if (!story.author().equals(me)) {
                throw new StoryErrors.NotYourStory("delete it");
            }
            if (stories.delete(story.id())) {
                media.release(List.of(story.media()), now);
                events.record(new StoryEvent.StoryDeleted(story.id(), story.author(), now));
            }
        });
    }

    /** Which story. */
    public record Command(String storyId) {
    }
}
