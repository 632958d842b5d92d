package dev.kith.application.content;

import dev.kith.application.content.port.PostRepository;
import dev.kith.application.group.GroupAccess;
import dev.kith.application.media.Attachments;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.ContentErrors;
import dev.kith.domain.content.ContentEvent;
import dev.kith.domain.content.Post;
import dev.kith.domain.group.ModerationAction;
import java.time.Clock;

/** Deletes a post with its comments and likes. */
public final class DeletePost {

    private final Transactor transactor;
    private final VisiblePosts visiblePosts;
    private final PostRepository posts;
    private final Attachments media;
    private final DomainEvents events;
    private final GroupAccess groups;
    private final Clock clock;

    DeletePost(Transactor transactor, VisiblePosts visiblePosts, PostRepository posts, Attachments media, GroupAccess groups,
               DomainEvents events, Clock clock) {
        this.groups = groups;
        this.transactor = transactor;
        this.visiblePosts = visiblePosts;
        this.posts = posts;
        this.media = media;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Deletes the post, its comments and its likes, and its media with their files.
     *
     * @param actor a signed-in account: the author, or a moderator or up of the post's group who outranks the
     *     author (the deletion is then in the group's moderation log)
     * @param command the post id
     * @throws ContentErrors.PostNotFound when there is no such post or the actor may not see it
     * @throws ContentErrors.NotYours when the actor sees a post outside groups but is not its author
     * @throws dev.kith.domain.group.GroupErrors.NotAllowed when the actor sees a group post it may not delete
     */
    public void execute(Actor actor, Command command) {
        AccountId me = actor.requireAccount();
        transactor.run(() -> {
            Post post = visiblePosts.require(me, ContentIds.post(command.postId()));
            if (!post.author().equals(me)) {
                if (post.group().isEmpty()) {
                    throw new ContentErrors.NotYours("post");
                }
                // a moderator of the post's group who outranks its author; logged in the group
                groups.moderate(me, post.group().get(), post.author(), ModerationAction.POST_DELETED, "post " + post.id());
            }
            if (posts.delete(post.id())) {
                media.release(post.media(), clock.instant());
                events.record(new ContentEvent.PostDeleted(post.id(), post.author(), post.group(), clock.instant()));
            }
        });
    }

    /** Which post. */
    public record Command(String postId) {
    }
}
