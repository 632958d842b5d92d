package dev.kith.application.content;

import dev.kith.application.content.port.CommentRepository;
import dev.kith.application.group.GroupAccess;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.Comment;
import dev.kith.domain.content.ContentErrors;
import dev.kith.domain.content.ContentEvent;
import dev.kith.domain.content.Post;
import dev.kith.domain.group.ModerationAction;
import java.time.Clock;

/** Deletes a comment with its replies. */
public final class DeleteComment {

    private final Transactor transactor;
    private final VisiblePosts visiblePosts;
    private final CommentRepository comments;
    private final DomainEvents events;
    private final GroupAccess groups;
    private final Clock clock;

    DeleteComment(Transactor transactor, VisiblePosts visiblePosts, CommentRepository comments, GroupAccess groups,
                  DomainEvents events, Clock clock) {
        this.groups = groups;
        this.transactor = transactor;
        this.visiblePosts = visiblePosts;
        this.comments = comments;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Deletes the comment and its replies.
     *
     * @param actor the comment's author, the post's author, or in a group a moderator or up who outranks the
     *     comment's author (logged in the group)
     * @param command the comment id
     * @throws ContentErrors.CommentNotFound when there is no such comment or its post is not visible
     * @throws ContentErrors.NotYours when the actor is neither the comment's nor the post's author (outside groups)
     * @throws dev.kith.domain.group.GroupErrors.NotAllowed when, in a group, the actor may not moderate the comment
     */
    public void execute(Actor actor, Command command) {
        AccountId me = actor.requireAccount();
        transactor.run(() -> {
            Comment comment = comments.find(ContentIds.comment(command.commentId()))
                    .orElseThrow(ContentErrors.CommentNotFound::new);
            Post post;
            try {
                post = visiblePosts.require(me, comment.post());
            } catch (ContentErrors.PostNotFound hidden) {
                throw new ContentErrors.CommentNotFound();
            }
            if (!comment.author().equals(me) && !post.author().equals(me)) {
                if (post.group().isEmpty()) {
                    throw new ContentErrors.NotYours("comment");
                }
                // a moderator of the post's group who outranks the comment's author; logged in the group
                groups.moderate(me, post.group().get(), comment.author(), ModerationAction.COMMENT_DELETED,
                        "comment " + comment.id() + " on post " + post.id());
            }
            if (comments.delete(comment.id()) > 0) {
                events.record(new ContentEvent.CommentDeleted(comment.id(), post.id(), comment.author(), clock.instant()));
            }
        });
    }

    /** Which comment. */
    public record Command(String commentId) {
    }
}
