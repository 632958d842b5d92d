package dev.kith.adapter.inmemory.shared;

import dev.kith.adapter.inmemory.account.InMemoryAccountRepository;
import dev.kith.application.account.port.AccountSummary;
import dev.kith.application.graph.ViewerScope;
import dev.kith.application.media.port.StorageKey;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.Comment;
import dev.kith.domain.content.CommentId;
import dev.kith.domain.content.ContentErrors;
import dev.kith.domain.content.LikeId;
import dev.kith.domain.content.Post;
import dev.kith.domain.content.PostId;
import dev.kith.domain.group.Ban;
import dev.kith.domain.group.Group;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupVisibility;
import dev.kith.domain.group.JoinRequest;
import dev.kith.domain.group.Membership;
import dev.kith.domain.group.ModerationEntry;
import dev.kith.domain.graph.FollowId;
import dev.kith.domain.graph.FollowState;
import dev.kith.domain.graph.Relationship;
import dev.kith.domain.media.Media;
import dev.kith.domain.notification.Notification;
import dev.kith.domain.notification.NotificationId;
import dev.kith.domain.shared.MediaId;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The tables of the social graph and content, shared by the in-memory adapters of those contexts the way
 * one database is shared by the PostgreSQL adapters. Counts are computed from the rows on read, so they
 * are exact by construction.
 */
public final class SocialTables {

    /** UUIDs in the order PostgreSQL sorts them (unsigned, as their text sorts). */
    public static final Comparator<UUID> UUID_ORDER = Comparator.comparing(UUID::toString);

    public final InMemoryStore store;
    public final InMemoryAccountRepository accounts;
    public final Table<Pair, Follow> follows;
    public final Table<Pair, Instant> blocks;
    public final Table<PostId, Post> posts;
    public final Table<CommentId, Comment> comments;
    public final Table<LikeKey, Like> likes;
    /** The home timelines' rows: which post is in whose feed (see {@code InMemoryHomeFeed}). */
    public final Table<FeedRow, FeedRow> homeFeed;
    /** Uploaded media, which avatars and posts show. */
    public final Table<MediaId, Media> media;
    /** Notifications, by id. */
    public final Table<NotificationId, Notification> notifications;
    /** Groups, by id. */
    public final Table<GroupId, Group> groups;
    /** Group members, by group and account. */
    public final Table<InGroup, Membership> members;
    /** Pending join requests, by group and account. */
    public final Table<InGroup, JoinRequest> joinRequests;
    /** Bans, by group and account. */
    public final Table<InGroup, Ban> bans;
    /** Moderation log entries, by id. */
    public final Table<java.util.UUID, ModerationEntry> moderationLog;

    public SocialTables(InMemoryStore store, InMemoryAccountRepository accounts) {
        this.store = store;
        this.accounts = accounts;
        this.follows = store.table();
        this.blocks = store.table();
        this.posts = store.table();
        this.comments = store.table();
        this.likes = store.table();
        this.homeFeed = store.table();
        this.media = store.table();
        this.notifications = store.table();
        this.groups = store.table();
        this.members = store.table();
        this.joinRequests = store.table();
        this.bans = store.table();
        this.moderationLog = store.table();
    }

    /**
     * Refuses a row whose references are gone, as the database's foreign keys do: the writer's own account
     * (erased while it wrote) is a 401, another account a 404. Call under the store's lock.
     */
    public void requireWriter(AccountId writer) {
        if (accounts.findById(writer).isEmpty()) {
            throw new AccountErrors.InvalidAccessToken("The account no longer exists.");
        }
    }

    /** Refuses a reference to an account that is gone. Call under the store's lock. */
    public void requireAccount(AccountId account) {
        if (accounts.findById(account).isEmpty()) {
            throw new AccountErrors.AccountNotFound();
        }
    }

    /** Refuses a reference to a post that is gone (deleted a moment ago). Call under the store's lock. */
    public void requirePost(PostId post) {
        if (!posts.containsKey(post)) {
            throw new ContentErrors.PostNotFound();
        }
    }

    /** An account in a group: the key of members, requests and bans. */
    public record InGroup(GroupId group, AccountId account) {
    }

    /** Whether {@code account} is a member of {@code group}. */
    public boolean isMember(GroupId group, AccountId account) {
        return members.containsKey(new InGroup(group, account));
    }

    /**
     * Whether {@code viewer} may see the posts of {@code group}: the rule {@code PRIVATE_GROUPS_TO_MEMBERS}
     * (a public group's to anyone, a private group's to its members).
     */
    public boolean seesGroupPosts(AccountId viewer, GroupId group) {
        return groups.get(group).filter(g -> g.visibility() == GroupVisibility.PUBLIC || isMember(group, viewer)).isPresent();
    }

    /** An ordered pair of accounts: follower and followee, or blocker and blocked. */
    public record Pair(AccountId from, AccountId to) {
    }

    /** A follow or request. */
    public record Follow(FollowId id, FollowState state, Instant createdAt) {
    }

    /** One account's like of one post. */
    public record LikeKey(PostId post, AccountId account) {
    }

    /** A like. */
    public record Like(LikeId id, Instant createdAt) {
    }

    /** One post, by {@code author}, in the home timeline of {@code owner}. */
    public record FeedRow(AccountId owner, PostId post, AccountId author) {
    }

    /** The state of {@code from}'s follow of {@code to}. */
    public Optional<FollowState> follow(AccountId from, AccountId to) {
        return follows.get(new Pair(from, to)).map(Follow::state);
    }

    /** Whether {@code from} follows {@code to}, accepted. */
    public boolean following(AccountId from, AccountId to) {
        return follow(from, to).filter(state -> state == FollowState.FOLLOWING).isPresent();
    }

    /** Whether either blocks the other: the domain's rule ({@link Relationship#blockedEitherWay()}) on the rows. */
    public boolean blockedEitherWay(AccountId a, AccountId b) {
        return relationship(a, b).blockedEitherWay();
    }

    /** How {@code a} stands to {@code b}, from the rows, as the domain models it. */
    public Relationship relationship(AccountId a, AccountId b) {
        return new Relationship(following(a, b), following(b, a),
                follow(a, b).filter(state -> state == FollowState.REQUESTED).isPresent(),
                blocks.containsKey(new Pair(a, b)), blocks.containsKey(new Pair(b, a)));
    }

    /**
     * The viewer of a list's scope, once the scope is known to ask only for rules these tables apply
     * (blocks either way through {@link #blockedEitherWay}, group posts left out of profiles, a private
     * group's posts shown to its members only through {@link #seesGroupPosts}).
     *
     * @throws NullPointerException when a list is asked for without a scope
     * @throws IllegalStateException when the scope has a rule the in-memory lists don't apply
     */
    public AccountId viewerOf(ViewerScope scope) {
        Objects.requireNonNull(scope, "a list needs the viewer scope the visibility policy makes");
        return scope.requireOnly(EnumSet.allOf(ViewerScope.Rule.class)).viewer();
    }

    /** How lists show an account. */
    public Optional<AccountSummary> summary(AccountId id) {
        return accounts.findById(id).map(account -> new AccountSummary(account.id(), account.username().value(),
                account.profile().displayName(), avatar(account.profile().avatar())));
    }

    /** The file an avatar is shown by (its thumbnail), if the account has one. */
    public Optional<StorageKey> avatar(Optional<MediaId> avatar) {
        return avatar.flatMap(media::get).map(m -> new StorageKey(m.thumbnail().orElse(m.file())));
    }

    /** Accepted followers of an account. */
    public long followersCount(AccountId id) {
        return follows.entries().stream()
                .filter(e -> e.getKey().to().equals(id) && e.getValue().state() == FollowState.FOLLOWING).count();
    }

    /** Accepted follows by an account. */
    public long followingCount(AccountId id) {
        return follows.entries().stream()
                .filter(e -> e.getKey().from().equals(id) && e.getValue().state() == FollowState.FOLLOWING).count();
    }

    public long postsCount(AccountId id) {
        return posts.values().filter(post -> post.author().equals(id)).count();
    }

    public long likesCount(PostId id) {
        return likes.entries().stream().filter(e -> e.getKey().post().equals(id)).count();
    }

    public long commentsCount(PostId id) {
        return comments.values().filter(comment -> comment.post().equals(id)).count();
    }

    /** Removes a post with its comments and likes. */
    public void deletePost(PostId id) {
        posts.remove(id);
        homeFeed.removeIf(row -> row.post().equals(id));
        comments.removeIf(comment -> comment.post().equals(id));
        likes.entries().removeIf(e -> e.getKey().post().equals(id));
    }

    /** Removes a comment with its replies; returns how many went. */
    public int deleteComment(CommentId id) {
        int before = comments.size();
        comments.removeIf(comment -> comment.id().equals(id) || comment.parent().filter(id::equals).isPresent());
        return before - comments.size();
    }
}
