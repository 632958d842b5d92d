package dev.kith.adapter.javalin.content;

import dev.kith.application.content.port.LikeSummary;

/**
 * The body of a 200 from liking or unliking a post.
 *
 * @param likesCount how many accounts like the post now
 * @param likedByMe whether the caller likes it now
 */
public record LikeSummaryResponse(long likesCount, boolean likedByMe) {

    static LikeSummaryResponse of(LikeSummary summary) {
        return new LikeSummaryResponse(summary.likesCount(), summary.likedByMe());
    }
}
