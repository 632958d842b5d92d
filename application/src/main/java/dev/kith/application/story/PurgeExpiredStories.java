package dev.kith.application.story;

import dev.kith.application.media.Attachments;
import dev.kith.application.shared.port.Transactor;
import dev.kith.application.story.port.StoryRepository;
import dev.kith.domain.story.Story;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Deletes expired stories with their views, and releases their media (rows at once, files through the
 * outbox). Expired stories are never served whether or not this ran; it reclaims their space. Run it on a
 * schedule (the server does with its hourly housekeeping, on every node).
 */
public final class PurgeExpiredStories {

    static final int BATCH = 200;

    private final Transactor transactor;
    private final StoryRepository stories;
    private final Attachments media;
    private final Clock clock;

    PurgeExpiredStories(Transactor transactor, StoryRepository stories, Attachments media, Clock clock) {
        this.transactor = transactor;
        this.stories = stories;
        this.media = media;
        this.clock = clock;
    }

    /**
     * Deletes every story expired by now, in batches of 200, each its own transaction. Safe on several nodes
     * at once: a node skips the stories another is deleting.
     *
     * @return how many were deleted
     */
    public int execute() {
        Instant now = clock.instant();
        int purged = 0;
        while (true) {
            List<Story> deleted = transactor.inTransaction(() -> {
                List<Story> batch = stories.deleteExpired(now, BATCH);
                media.release(batch.stream().map(Story::media).toList(), now);
                return batch;
            });
            purged += deleted.size();
            if (deleted.size() < BATCH) {
                return purged;
            }
        }
    }
}
