package dev.kith.application.content;

import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.account.port.AccountSummary;
import dev.kith.application.content.port.CommentRepository;
import dev.kith.application.content.port.CommentView;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.Comment;
import dev.kith.domain.content.CommentId;
import dev.kith.domain.content.ContentErrors;
import dev.kith.domain.content.ContentEvent;
import dev.kith.domain.content.Post;
import dev.kith.domain.shared.InvalidInput;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Comments on a post, or replies to a top-level comment. */
public final class CommentOnPost {

    private final Transactor transactor;
    private final VisiblePosts visiblePosts;
    private final CommentRepository comments;
    private final AccountRepository accounts;
    private final MentionedAccounts mentions;
    private final IdGenerator ids;
    private final DomainEvents events;
    private final Clock clock;

    CommentOnPost(Transactor transactor, VisiblePosts visiblePosts, CommentRepository comments, AccountRepository accounts,
                  MentionedAccounts mentions, IdGenerator ids, DomainEvents events, Clock clock) {
        this.transactor = transactor;
        this.visiblePosts = visiblePosts;
        this.comments = comments;
        this.accounts = accounts;
        this.mentions = mentions;
        this.ids = ids;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Adds a comment of up to 2,000 characters; with a parent, a reply to that top-level comment of the
     * same post (one level of replies). Mentions are recorded.
     *
     * @param actor a signed-in account that may see the post
     * @param command post id, text, optional parent comment id
     * @return the comment
     * @throws ContentErrors.PostNotFound when there is no such post or it is not visible
     * @throws ContentErrors.ReplyToReply when the parent is itself a reply
     * @throws InvalidInput when the text is invalid or the parent is not a comment of this post that the
     *     actor can see (comments by accounts blocked either way are hidden, so they cannot be replied to)
     */
    public CommentView execute(Actor actor, Command command) {
        AccountId me = actor.requireAccount();
        String text = Comment.validText(command.text());
        Optional<CommentId> parentId = command.parentId().map(id -> ContentIds.commentField("parentId", id));
        return transactor.inTransaction(() -> {
            Post post = visiblePosts.require(me, ContentIds.post(command.postId()));
            Optional<AccountId> parentAuthor = Optional.empty();
            if (parentId.isPresent()) {
                Comment parent = comments.find(parentId.get())
                        .filter(found -> found.post().equals(post.id()) && mentions.visible(me, found.author()))
                        .orElseThrow(() -> InvalidInput.field("parentId", "is not a comment of this post"));
                if (!parent.acceptsReplies()) {
                    throw new ContentErrors.ReplyToReply();
                }
                parentAuthor = Optional.of(parent.author());
            }
            Instant now = clock.instant();
            Comment comment = new Comment(new CommentId(ids.next()), post.id(), parentId, me, text, mentions.in(text, me), now);
            comments.add(comment);
            events.record(new ContentEvent.Commented(comment.id(), post.id(), post.author(), me, parentId, parentAuthor,
                    comment.mentions(), now));
            Account author = accounts.findById(me).orElseThrow(() -> new AccountErrors.InvalidAccessToken("The account no longer exists."));
            return new CommentView(comment.id(), post.id(), parentId,
                    new AccountSummary(me, author.username().value(), author.profile().displayName(), Optional.empty()),
                    text, now);
        });
    }

    /** What to comment. */
    public record Command(String postId, String text, Optional<String> parentId) {
        public Command {
            parentId = parentId == null ? Optional.empty() : parentId;
        }
    }
}
