package dev.kith.domain.content;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** What happens to posts, comments and likes. Repeating an idempotent command (a second like) records nothing. */
public sealed interface ContentEvent extends DomainEvent {

    /** The post it happened on. */
    PostId post();

    /** {@code author} published {@code post}, in {@code group} or outside groups, mentioning {@code mentions}. */
    record PostPublished(PostId post, AccountId author, Optional<GroupId> group, Set<AccountId> mentions, Instant at)
            implements ContentEvent {
        public PostPublished {
            Objects.requireNonNull(post, "post");
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(group, "group");
            mentions = Set.copyOf(mentions);
            Objects.requireNonNull(at, "at");
        }

        /** The event of publishing {@code post}. */
        public static PostPublished of(Post post) {
            return new PostPublished(post.id(), post.author(), post.group(), post.mentions(), post.createdAt());
        }
    }

    /** {@code post} by {@code author} was deleted, with its comments and likes. */
    record PostDeleted(PostId post, AccountId author, Optional<GroupId> group, Instant at) implements ContentEvent {
        public PostDeleted {
            Objects.requireNonNull(post, "post");
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(at, "at");
        }
    }

    /** {@code liker} liked {@code post}, written by {@code postAuthor}. */
    record PostLiked(PostId post, AccountId postAuthor, AccountId liker, Instant at) implements ContentEvent {
        public PostLiked {
            Objects.requireNonNull(post, "post");
            Objects.requireNonNull(postAuthor, "postAuthor");
            Objects.requireNonNull(liker, "liker");
            Objects.requireNonNull(at, "at");
        }
    }

    /** {@code liker} took back its like of {@code post}, written by {@code postAuthor}. */
    record PostUnliked(PostId post, AccountId postAuthor, AccountId liker, Instant at) implements ContentEvent {
        public PostUnliked {
            Objects.requireNonNull(post, "post");
            Objects.requireNonNull(postAuthor, "postAuthor");
            Objects.requireNonNull(liker, "liker");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * {@code comment} by {@code author} was added to {@code post} (written by {@code postAuthor}), as a reply
     * to {@code parent} (written by {@code parentAuthor}) or at the top level, mentioning {@code mentions}.
     */
    record Commented(CommentId comment, PostId post, AccountId postAuthor, AccountId author,
                     Optional<CommentId> parent, Optional<AccountId> parentAuthor, Set<AccountId> mentions, Instant at)
            implements ContentEvent {
        public Commented {
            Objects.requireNonNull(comment, "comment");
            Objects.requireNonNull(post, "post");
            Objects.requireNonNull(postAuthor, "postAuthor");
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(parent, "parent");
            Objects.requireNonNull(parentAuthor, "parentAuthor");
            mentions = Set.copyOf(mentions);
            Objects.requireNonNull(at, "at");
        }
    }

    /** {@code comment} by {@code author} on {@code post} was deleted, with its replies. */
    record CommentDeleted(CommentId comment, PostId post, AccountId author, Instant at) implements ContentEvent {
        public CommentDeleted {
            Objects.requireNonNull(comment, "comment");
            Objects.requireNonNull(post, "post");
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(at, "at");
        }
    }
}
