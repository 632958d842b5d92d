package dev.kith.application.notification;

import dev.kith.application.content.port.CommentRepository;
import dev.kith.application.content.PostAudience;
import dev.kith.application.content.port.ContentQueries;
import dev.kith.application.group.GroupAccess;
import dev.kith.application.content.port.PostRepository;
import dev.kith.application.graph.VisibilityPolicy;
import dev.kith.application.graph.port.FollowRepository;
import dev.kith.application.notification.port.NotificationRepository;
import dev.kith.application.notification.port.RealtimePublisher;
import dev.kith.application.notification.port.StreamEntry;
import dev.kith.application.notification.port.StreamLog;
import dev.kith.application.shared.OutboxHandler;
import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.OutboxMessage;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.Comment;
import dev.kith.domain.content.CommentId;
import dev.kith.domain.content.Post;
import dev.kith.domain.content.PostId;
import dev.kith.domain.graph.FollowState;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupRole;
import dev.kith.domain.notification.Notification;
import dev.kith.domain.notification.NotificationId;
import dev.kith.domain.notification.NotificationType;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes a notification the relay delivers, after checking, at that moment, that it is still true and
 * allowed: its cause still holds (the like was not taken back, the comment not deleted, the follow not
 * ended), neither account blocks the other, and the recipient may see the post it is about. A message
 * delivered twice notifies once (one notification per recipient and cause).
 */
final class NotifyHandler implements OutboxHandler {

    private final Transactor transactor;
    private final NotificationRepository notifications;
    private final VisibilityPolicy visibility;
    private final FollowRepository follows;
    private final PostRepository posts;
    private final CommentRepository comments;
    private final ContentQueries content;
    private final StreamLog log;
    private final RealtimePublisher publisher;
    private final IdGenerator ids;
    private final PostAudience audience;
    private final GroupAccess groups;
    private final Clock clock;

    NotifyHandler(Transactor transactor, NotificationRepository notifications, VisibilityPolicy visibility,
                  PostAudience audience, GroupAccess groups, FollowRepository follows, PostRepository posts,
                  CommentRepository comments, ContentQueries content, StreamLog log, RealtimePublisher publisher,
                  IdGenerator ids, Clock clock) {
        this.audience = audience;
        this.groups = groups;
        this.transactor = transactor;
        this.notifications = notifications;
        this.visibility = visibility;
        this.follows = follows;
        this.posts = posts;
        this.comments = comments;
        this.content = content;
        this.log = log;
        this.publisher = publisher;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public void handle(OutboxMessage message) {
        Map<String, String> p = message.payload();
        NotificationType type = NotificationType.valueOf(p.get("type"));
        AccountId recipient = new AccountId(UUID.fromString(p.get("recipient")));
        AccountId actor = new AccountId(UUID.fromString(p.get("actor")));
        Optional<PostId> post = Optional.ofNullable(p.get("post")).map(UUID::fromString).map(PostId::new);
        Optional<CommentId> comment = Optional.ofNullable(p.get("comment")).map(UUID::fromString).map(CommentId::new);
        Optional<GroupId> group = Optional.ofNullable(p.get("group")).map(UUID::fromString).map(GroupId::new);
        Instant at = Instant.parse(p.get("at"));
        long position = transactor.inTransaction(() -> {
            // a retraction of the same cause, post or pair waits for this to commit, or this for it
            notifications.lock(Locks.of(p.get("cause"), post, recipient, actor));
            if (visibility.visibleAccount(recipient, actor).isEmpty() || !stillTrue(type, recipient, actor, post, comment, group)) {
                return 0L;
            }
            NotificationId id = new NotificationId(ids.next());
            if (!notifications.add(new Notification(id, recipient, type, actor, post, comment, group, p.get("cause"), at, false))) {
                return 0L;
            }
            Instant now = clock.instant();
            log.append(new StreamEntry.NotificationAdded(recipient, id), now);
            return log.append(new StreamEntry.UnreadChanged(recipient), now);
        });
        if (position > 0) {
            publisher.publish(position);  // after commit: the nodes read it from the log
        }
    }

    private boolean stillTrue(NotificationType type, AccountId recipient, AccountId actor, Optional<PostId> post,
                              Optional<CommentId> comment, Optional<GroupId> group) {
        return switch (type) {
            case FOLLOW -> follows.find(actor, recipient).filter(s -> s == FollowState.FOLLOWING).isPresent();
            case FOLLOW_REQUEST -> follows.find(actor, recipient).filter(s -> s == FollowState.REQUESTED).isPresent();
            case FOLLOW_ACCEPTED -> follows.find(recipient, actor).filter(s -> s == FollowState.FOLLOWING).isPresent();
            case LIKE -> post.flatMap(posts::find).filter(found -> seen(recipient, found))
                    .filter(found -> content.likes(found.id(), actor).likedByMe()).isPresent();
            case COMMENT, REPLY, MENTION -> post.flatMap(posts::find).filter(found -> seen(recipient, found))
                    .filter(found -> comment.map(id -> comments.find(id).map(Comment::post).filter(found.id()::equals).isPresent())
                            .orElse(true))
                    .isPresent();
            // the request still waits, and the recipient still answers requests
            case GROUP_JOIN_REQUEST -> group.filter(g -> groups.asks(actor, g))
                    .flatMap(g -> groups.roleOf(recipient, g)).filter(role -> role.atLeast(GroupRole.ADMIN)).isPresent();
            case GROUP_REQUEST_APPROVED, GROUP_ROLE_CHANGED -> group.flatMap(g -> groups.roleOf(recipient, g)).isPresent();
            default -> true;
        };
    }

    // the recipient may see the post: a mention in a private account's post reaches only its followers, one
    // in a private group's post only its members
    private boolean seen(AccountId recipient, Post post) {
        return audience.sees(recipient, post);
    }
}
