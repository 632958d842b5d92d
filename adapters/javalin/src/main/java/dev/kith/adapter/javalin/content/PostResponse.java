package dev.kith.adapter.javalin.content;

import dev.kith.adapter.javalin.media.MediaResponse;
import dev.kith.adapter.javalin.shared.AccountSummaryResponse;
import dev.kith.application.content.port.PostView;
import dev.kith.application.media.MediaLinks;
import java.time.Instant;
import java.util.List;

/**
 * A post as the caller sees it.
 *
 * @param media the attached media, in order
 * @param groupId the group it was posted in, or null
 * @param likedByMe whether the caller likes it
 */
public record PostResponse(String id, AccountSummaryResponse author, String text, List<MediaResponse> media, String groupId,
                           long likesCount, long commentsCount, boolean likedByMe, Instant createdAt) {

    /** The post as the API renders it; the real-time stream renders its post events with it too. */
    public static PostResponse of(PostView post, MediaLinks links) {
        return new PostResponse(post.id().toString(), AccountSummaryResponse.of(post.author(), links), post.text(),
                post.media().stream().map(media -> MediaResponse.of(media, links)).toList(),
                post.group().map(Object::toString).orElse(null), post.likesCount(), post.commentsCount(),
                post.likedByMe(), post.createdAt());
    }
}
