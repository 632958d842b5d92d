package dev.kith.application.export.port;

import dev.kith.domain.content.LikeId;
import dev.kith.domain.content.PostId;
import java.time.Instant;
import java.util.Objects;

/** One like of the exported account: which post, and when. */
public record ExportedLike(LikeId id, PostId post, Instant createdAt) {
    public ExportedLike {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
