package dev.kith.application.notification;

import dev.kith.application.group.GroupAccess;
import dev.kith.application.shared.EventListener;
import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.Outbox;
import dev.kith.application.shared.port.OutboxMessage;
import dev.kith.application.shared.port.OutboxMessageId;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.CommentId;
import dev.kith.domain.content.ContentEvent;
import dev.kith.domain.content.PostId;
import dev.kith.domain.export.ExportEvent;
import dev.kith.domain.graph.GraphEvent;
import dev.kith.domain.group.GroupEvent;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupRole;
import dev.kith.domain.notification.NotificationType;
import dev.kith.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the graph, content and group events into outbox messages, in the transaction of the change: one to notify
 * each account concerned (never the actor itself), or one to take back what an undone change notified. The
 * notifications are written afterwards by the relay ({@link NotifyHandler}, {@link RetractHandler}), never
 * inline in the request. Thread-safe.
 */
final class NotificationTriggers implements EventListener {

    static final String NOTIFY = "notification.notify";
    static final String RETRACT = "notification.retract";
    static final String POST = "stream.post";

    private final Outbox outbox;
    private final IdGenerator ids;
    private final GroupAccess groups;

    NotificationTriggers(Outbox outbox, IdGenerator ids, GroupAccess groups) {
        this.outbox = outbox;
        this.ids = ids;
        this.groups = groups;
    }

    @Override
    public void on(DomainEvent event) {
        if (event instanceof GraphEvent graph) {
            onGraph(graph);
        } else if (event instanceof ContentEvent content) {
            onContent(content);
        } else if (event instanceof GroupEvent group) {
            onGroup(group);
        } else if (event instanceof ExportEvent.ExportReady e) {
            // the account asked for it: the one notification an account gets of its own action
            notify(NotificationType.EXPORT_READY, e.account(), e.account(), Optional.empty(), Optional.empty(),
                    "export_ready:" + e.export(), e.at());
        }
    }

    private void onGroup(GroupEvent event) {
        if (event instanceof GroupEvent.JoinRequested e) {
            for (AccountId admin : groups.membersAtLeast(e.group(), GroupRole.ADMIN)) {
                notify(NotificationType.GROUP_JOIN_REQUEST, admin, e.account(), Optional.empty(), Optional.empty(),
                        Optional.of(e.group()), Causes.joinRequest(e.group(), e.account()), e.at());
            }
        } else if (event instanceof GroupEvent.JoinRequestClosed e) {
            retract(Map.of("cause", Causes.joinRequest(e.group(), e.account())), e.at());
            if (e.approved()) {
                notify(NotificationType.GROUP_REQUEST_APPROVED, e.account(), e.by(), Optional.empty(), Optional.empty(),
                        Optional.of(e.group()), "group_approved:" + e.group() + ":" + e.account(), e.at());
            }
        } else if (event instanceof GroupEvent.RoleChanged e) {
            notify(NotificationType.GROUP_ROLE_CHANGED, e.account(), e.by(), Optional.empty(), Optional.empty(),
                    Optional.of(e.group()), "group_role:" + e.group() + ":" + e.account() + ":" + e.at().toEpochMilli(), e.at());
        }
    }

    private void onGraph(GraphEvent event) {
        if (event instanceof GraphEvent.Followed e) {
            notify(NotificationType.FOLLOW, e.followee(), e.follower(), Optional.empty(), Optional.empty(),
                    Causes.follow(e.follower(), e.followee()), e.at());
        } else if (event instanceof GraphEvent.FollowRequested e) {
            notify(NotificationType.FOLLOW_REQUEST, e.followee(), e.follower(), Optional.empty(), Optional.empty(),
                    Causes.followRequest(e.follower(), e.followee()), e.at());
        } else if (event instanceof GraphEvent.FollowAccepted e) {
            retract(Map.of("cause", Causes.followRequest(e.follower(), e.followee())), e.at());
            notify(NotificationType.FOLLOW_ACCEPTED, e.follower(), e.followee(), Optional.empty(), Optional.empty(),
                    Causes.followAccepted(e.follower(), e.followee()), e.at());
        } else if (event instanceof GraphEvent.Unfollowed e) {
            retract(Map.of("cause", Causes.follow(e.follower(), e.followee())), e.at());
            retract(Map.of("cause", Causes.followAccepted(e.follower(), e.followee())), e.at());
        } else if (event instanceof GraphEvent.FollowRequestDropped e) {
            retract(Map.of("cause", Causes.followRequest(e.follower(), e.followee())), e.at());
        } else if (event instanceof GraphEvent.Blocked e) {
            retract(Map.of("between", e.blocker() + " " + e.blocked()), e.at());
        }
    }

    private void onContent(ContentEvent event) {
        if (event instanceof ContentEvent.PostPublished e) {
            // new in the home timelines (its group's members', for a group post): the stream entry is written
            // by the relay, so posting never waits on the stream log's ordering
            Map<String, String> added = new HashMap<>(Map.of("author", e.author().toString(), "post", e.post().toString()));
            e.group().ifPresent(group -> added.put("group", group.toString()));
            outbox.enqueue(OutboxMessage.of(new OutboxMessageId(ids.next()), POST, added, e.at()));
            for (AccountId mentioned : e.mentions()) {
                notify(NotificationType.MENTION, mentioned, e.author(), Optional.of(e.post()), Optional.empty(),
                        Causes.post(e.post()), e.at());
            }
        } else if (event instanceof ContentEvent.PostLiked e) {
            notify(NotificationType.LIKE, e.postAuthor(), e.liker(), Optional.of(e.post()), Optional.empty(),
                    Causes.like(e.post(), e.liker()), e.at());
        } else if (event instanceof ContentEvent.PostUnliked e) {
            retract(Map.of("cause", Causes.like(e.post(), e.liker())), e.at());
        } else if (event instanceof ContentEvent.Commented e) {
            // one notification per account and comment: a reply to your comment on your own post is a reply
            Set<AccountId> told = new LinkedHashSet<>();
            e.parentAuthor().ifPresent(parent -> {
                told.add(parent);
                notify(NotificationType.REPLY, parent, e.author(), Optional.of(e.post()), Optional.of(e.comment()),
                        Causes.comment(e.comment()), e.at());
            });
            if (told.add(e.postAuthor())) {
                notify(NotificationType.COMMENT, e.postAuthor(), e.author(), Optional.of(e.post()), Optional.of(e.comment()),
                        Causes.comment(e.comment()), e.at());
            }
            for (AccountId mentioned : e.mentions()) {
                if (told.add(mentioned)) {
                    notify(NotificationType.MENTION, mentioned, e.author(), Optional.of(e.post()), Optional.of(e.comment()),
                            Causes.comment(e.comment()), e.at());
                }
            }
        } else if (event instanceof ContentEvent.CommentDeleted e) {
            retract(Map.of("cause", Causes.comment(e.comment())), e.at());
        } else if (event instanceof ContentEvent.PostDeleted e) {
            retract(Map.of("post", e.post().toString()), e.at());
        }
    }

    private void notify(NotificationType type, AccountId recipient, AccountId actor, Optional<PostId> post,
                        Optional<CommentId> comment, String cause, Instant at) {
        notify(type, recipient, actor, post, comment, Optional.empty(), cause, at);
    }

    private void notify(NotificationType type, AccountId recipient, AccountId actor, Optional<PostId> post,
                        Optional<CommentId> comment, Optional<GroupId> group, String cause, Instant at) {
        if (recipient.equals(actor) && type != NotificationType.EXPORT_READY) {
            return;  // never for your own action
        }
        Map<String, String> payload = new HashMap<>();
        payload.put("type", type.name());
        payload.put("recipient", recipient.toString());
        payload.put("actor", actor.toString());
        post.ifPresent(id -> payload.put("post", id.toString()));
        comment.ifPresent(id -> payload.put("comment", id.toString()));
        group.ifPresent(id -> payload.put("group", id.toString()));
        payload.put("cause", cause);
        payload.put("at", at.toString());
        outbox.enqueue(OutboxMessage.of(new OutboxMessageId(ids.next()), NOTIFY, payload, at));
    }

    private void retract(Map<String, String> what, Instant at) {
        outbox.enqueue(OutboxMessage.of(new OutboxMessageId(ids.next()), RETRACT, what, at));
    }

    /**
     * The causes notifications are deduplicated and retracted by: one per change, shared by the recipients
     * of one post or comment (deleting it retracts them all).
     */
    static final class Causes {
        private Causes() {
        }

        static String follow(AccountId follower, AccountId followee) {
            return "follow:" + follower + ":" + followee;
        }

        static String followRequest(AccountId follower, AccountId followee) {
            return "follow_request:" + follower + ":" + followee;
        }

        static String followAccepted(AccountId follower, AccountId followee) {
            return "follow_accepted:" + follower + ":" + followee;
        }

        static String like(PostId post, AccountId liker) {
            return "like:" + post + ":" + liker;
        }

        static String post(PostId post) {
            return "post:" + post;
        }

        static String comment(CommentId comment) {
            return "comment:" + comment;
        }

        static String joinRequest(GroupId group, AccountId requester) {
            return "group_join_request:" + group + ":" + requester;
        }
    }
}
