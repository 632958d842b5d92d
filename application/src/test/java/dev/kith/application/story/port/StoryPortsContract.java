package dev.kith.application.story.port;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.uuid;

import dev.kith.application.media.port.MediaRepository;
import dev.kith.application.testing.MutableClock;
import dev.kith.application.testing.SocialPortsContract;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.graph.FollowState;
import dev.kith.domain.media.Media;
import dev.kith.domain.media.MediaFormat;
import dev.kith.domain.shared.MediaId;
import dev.kith.domain.media.MediaState;
import dev.kith.domain.media.MediaType;
import dev.kith.domain.story.Story;
import dev.kith.domain.story.StoryId;
import dev.kith.domain.story.StoryViewId;
import java.util.Optional;

/**
 * What the story contract suites share, beside the social ports: the story ports and the media rows under
 * test (a story refers to its media), a clock that tests move past a story's expiry, and stored fixtures.
 * An adapter's test says which ports it tests ({@link #ports()}, {@link #storyPorts()}, {@link #mediaRows()}).
 */
public abstract class StoryPortsContract extends SocialPortsContract {

    /** The clock the tests move; it starts at {@code T0}. */
    protected final MutableClock clock = new MutableClock(T0);

    /** The story ports under test, on the same store or database as {@link #ports()}. */
    protected abstract StoryPorts storyPorts();

    /** The media rows of the same store or database. */
    protected abstract MediaRepository mediaRows();

    protected StoryRepository stories() {
        return storyPorts().stories();
    }

    protected StoryQueries storyQueries() {
        return storyPorts().queries();
    }

    /** A ready image of {@code owner}'s, attached (to the story about to be stored), stored. */
    protected Media storedMedia(AccountId owner) {
        String token = uuid().toString();
        Media media = new Media(new MediaId(uuid()), owner, MediaType.IMAGE, MediaState.READY, "media/" + token + "/display.jpg",
                MediaFormat.JPEG, 1_234, Optional.of("media/" + token + "/thumbnail.jpg"), 640, 480, Optional.empty(),
                Optional.of("LEHV6nWB2yk8pyo0adR*.7kCMdnj"), Optional.of("a sunset"), true, clock.instant());
        transactor().run(() -> mediaRows().add(media));
        return media;
    }

    /** A story by {@code author} posted now (by {@link #clock}), with its media, stored. */
    protected Story storedStory(AccountId author) {
        Media media = storedMedia(author);
        Story story = Story.post(new StoryId(uuid()), author, media.id(), Optional.of("caption of " + media.id()),
                clock.instant());
        transactor().run(() -> stories().add(story));
        return story;
    }

    /** Records that {@code viewer} opened {@code story} now; whether this call recorded it. */
    protected boolean view(Story story, AccountId viewer) {
        return transactor().inTransaction(() -> stories().recordView(new StoryViewId(uuid()), story.id(), viewer,
                clock.instant()));
    }

    /** An accepted follow. */
    protected void follows(AccountId follower, AccountId followee) {
        follow(follower, followee, FollowState.FOLLOWING);
    }

    /** {@code blocker} blocks {@code blocked}, leaving any follow between them in place (as a race could). */
    protected void block(AccountId blocker, AccountId blocked) {
        transactor().run(() -> blocks().add(blocker, blocked, clock.instant()));
    }
}
