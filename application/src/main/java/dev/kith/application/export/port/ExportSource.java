package dev.kith.application.export.port;

import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.Comment;
import dev.kith.domain.content.CommentId;
import dev.kith.domain.content.LikeId;
import dev.kith.domain.content.Post;
import dev.kith.domain.content.PostId;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.media.Media;
import dev.kith.domain.notification.Notification;
import dev.kith.domain.notification.NotificationId;
import dev.kith.domain.shared.MediaId;
import dev.kith.domain.story.Story;
import dev.kith.domain.story.StoryId;
import java.util.List;
import java.util.Optional;

/**
 * Reads everything one account holds, across the contexts, in keyset pages: each call returns up to
 * {@code limit} rows after the key {@code after} (exclusive; empty for the first page), in ascending key
 * order, so an export walks any amount of data in bounded memory. Every key is a time-ordered id except
 * where noted, so the pages also come oldest first. Reads outside any transaction are fine: an export is a
 * snapshot of each page as it is read. Thread-safe.
 */
public interface ExportSource {

    /** The account, with its email and profile; empty when it no longer exists. */
    Optional<Account> account(AccountId account);

    /** The account's posts (in groups too), by id. */
    List<Post> posts(AccountId author, Optional<PostId> after, int limit);

    /** The account's comments, on anyone's posts, by id. */
    List<Comment> comments(AccountId author, Optional<CommentId> after, int limit);

    /** The account's likes, by id. */
    List<ExportedLike> likes(AccountId liker, Optional<LikeId> after, int limit);

    /** Who follows the account or asked to, keyed by the other account's id. */
    List<ExportedRelation> followers(AccountId account, Optional<AccountId> after, int limit);

    /** Whom the account follows or asked to follow, keyed by the other account's id. */
    List<ExportedRelation> following(AccountId account, Optional<AccountId> after, int limit);

    /** Whom the account blocks, keyed by the other account's id. */
    List<ExportedRelation> blocks(AccountId account, Optional<AccountId> after, int limit);

    /** The groups the account belongs to, with its role, keyed by group id. */
    List<ExportedMembership> memberships(AccountId account, Optional<GroupId> after, int limit);

    /** The account's stories still stored, expired ones included, by id. */
    List<Story> stories(AccountId author, Optional<StoryId> after, int limit);

    /** The notifications the account received, by id. */
    List<Notification> notifications(AccountId recipient, Optional<NotificationId> after, int limit);

    /** Every media the account uploaded, by id. */
    List<Media> media(AccountId owner, Optional<MediaId> after, int limit);
}
