package dev.kith.application.content.port;

import dev.kith.application.account.port.AccountSummary;
import dev.kith.domain.content.PostId;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.media.Media;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A post as a viewer sees it: with its author, counts (kept, never counted on read) and whether the viewer
 * likes it, and its media in order.
 */
public record PostView(PostId id, AccountSummary author, String text, List<Media> media, Optional<GroupId> group,
                       long likesCount, long commentsCount, boolean likedByMe, Instant createdAt) {
    public PostView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        media = List.copyOf(media);
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** This view with its media, for adapters that read them in a second statement. */
    public PostView withMedia(List<Media> attached) {
        return new PostView(id, author, text, attached, group, likesCount, commentsCount, likedByMe, createdAt);
    }
}
