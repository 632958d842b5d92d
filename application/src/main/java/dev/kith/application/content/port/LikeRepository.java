package dev.kith.application.content.port;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.LikeId;
import dev.kith.domain.content.PostId;
import java.time.Instant;

/**
 * Stores likes, one per account and post, and keeps each post's {@code likesCount} exact, also when many
 * accounts like and unlike the same post at once. Joins the caller's transaction. Thread-safe.
 */
public interface LikeRepository {

    /**
     * Records that {@code account} likes {@code post}; liking twice does nothing.
     *
     * @return {@code true} if the like is new
     */
    boolean add(LikeId id, PostId post, AccountId account, Instant now);

    /**
     * Removes the like of {@code account} on {@code post}; removing an absent like does nothing.
     *
     * @return {@code true} if there was a like
     */
    boolean remove(PostId post, AccountId account);
}
