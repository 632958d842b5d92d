package dev.kith.application.content.port;

import dev.kith.application.account.port.AccountSummary;
import dev.kith.domain.content.PostId;
import dev.kith.domain.group.GroupId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A post as a viewer sees it: with its author, counts (kept, never counted on read) and whether the viewer
 * likes it. Media stays empty until media uploads exist.
 */
public record PostView(PostId id, AccountSummary author, String text, List<String> mediaIds, Optional<GroupId> group,
                       long likesCount, long commentsCount, boolean likedByMe, Instant createdAt) {
    public PostView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        mediaIds = List.copyOf(mediaIds);
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
