package dev.kith.application.content;

import dev.kith.application.content.port.ContentQueries;
import dev.kith.application.content.port.LikeRepository;
import dev.kith.application.content.port.LikeSummary;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.ContentEvent;
import dev.kith.domain.content.LikeId;
import dev.kith.domain.content.Post;
import java.time.Clock;
import java.time.Instant;

/** Likes or unlikes a post. */
public final class LikePost {

    private final Transactor transactor;
    private final VisiblePosts visiblePosts;
    private final LikeRepository likes;
    private final ContentQueries queries;
    private final IdGenerator ids;
    private final DomainEvents events;
    private final Clock clock;

    LikePost(Transactor transactor, VisiblePosts visiblePosts, LikeRepository likes, ContentQueries queries,
             IdGenerator ids, DomainEvents events, Clock clock) {
        this.transactor = transactor;
        this.visiblePosts = visiblePosts;
        this.likes = likes;
        this.queries = queries;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Likes ({@code like = true}) or unlikes the post; both are idempotent and the count stays exact under
     * concurrent calls.
     *
     * @param actor a signed-in account that may see the post
     * @param command the post id and whether to like
     * @return the like count and whether the actor likes it now
     * @throws dev.kith.domain.content.ContentErrors.PostNotFound when there is no such post or it is not visible
     */
    public LikeSummary execute(Actor actor, Command command) {
        AccountId me = actor.requireAccount();
        Post post = transactor.inTransaction(() -> {
            Post visible = visiblePosts.require(me, ContentIds.post(command.postId()));
            Instant now = clock.instant();
            if (command.like()) {
                if (likes.add(new LikeId(ids.next()), visible.id(), me, now)) {
                    events.record(new ContentEvent.PostLiked(visible.id(), visible.author(), me, now));
                }
            } else if (likes.remove(visible.id(), me)) {
                events.record(new ContentEvent.PostUnliked(visible.id(), visible.author(), me, now));
            }
            return visible;
        });
        return queries.likes(post.id(), me);
    }

    /** Which post, and whether to like ({@code true}) or unlike it. */
    public record Command(String postId, boolean like) {
    }
}
