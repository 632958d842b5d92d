package dev.kith.application.story;

import dev.kith.application.media.Attachments;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.Transactor;
import dev.kith.application.story.port.StoryQueries;
import dev.kith.application.story.port.StoryRepository;
import dev.kith.application.story.port.StoryView;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.media.Media;
import dev.kith.domain.shared.InvalidInput;
import dev.kith.domain.story.Story;
import dev.kith.domain.story.StoryErrors;
import dev.kith.domain.story.StoryEvent;
import dev.kith.domain.story.StoryId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Posts a story. */
public final class PostStory {

    private final Transactor transactor;
    private final StoryRepository stories;
    private final StoryQueries queries;
    private final Attachments media;
    private final IdGenerator ids;
    private final DomainEvents events;
    private final Clock clock;

    PostStory(Transactor transactor, StoryRepository stories, StoryQueries queries, Attachments media, IdGenerator ids,
              DomainEvents events, Clock clock) {
        this.transactor = transactor;
        this.stories = stories;
        this.queries = queries;
        this.media = media;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Posts a story of one image or video with an optional caption of up to 500 characters, shown to the
     * author's accepted followers for 24 hours. The media must be the author's upload, ready, and attached to
     * nothing else; from now on it belongs to the story and goes with it.
     *
     * @param actor a signed-in account, the author
     * @param command the media id and the caption
     * @return the story as its author sees it
     * @throws InvalidInput on {@code mediaId} when it is missing, malformed or not an upload of the author's,
     *     and on {@code caption} when it is too long or has control characters
     * @throws dev.kith.domain.media.MediaErrors.MediaNotAttachable when the media is still processing or in use
     * @throws StoryErrors.TooManyStories when the author has 100 active stories already
     */
    public StoryView execute(Actor actor, Command command) {
        AccountId me = actor.requireAccount();
        if (command.mediaId() == null) {
            throw InvalidInput.field("mediaId", "is required");
        }
        Optional<String> caption = Story.validCaption(command.caption().orElse(null));
        StoryId id = transactor.inTransaction(() -> {
            Instant now = clock.instant();
            if (stories.countActiveForUpdate(me, now) >= Story.ACTIVE_MAX) {
                throw new StoryErrors.TooManyStories();
            }
            Media attached = media.attach(me, "mediaId", List.of(command.mediaId()), Optional.empty()).get(0);
            Story story = Story.post(new StoryId(ids.next()), me, attached.id(), caption, now);
            stories.add(story);
            events.record(StoryEvent.StoryPosted.of(story));
            return story.id();
        });
        return queries.story(id, me).orElseThrow(StoryErrors.StoryNotFound::new);
    }

    /** What to post: an uploaded media's id, and an optional caption. */
    public record Command(String mediaId, Optional<String> caption) {
        public Command {
            caption = caption == null ? Optional.empty() : caption;
        }
    }
}
