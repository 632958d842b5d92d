package dev.kith.application.content.port;

/** A post's like count and whether the viewer likes it. */
public record LikeSummary(long likesCount, boolean likedByMe) {
}
