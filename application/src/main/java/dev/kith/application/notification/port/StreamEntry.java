package dev.kith.application.notification.port;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.PostId;
import dev.kith.domain.notification.NotificationId;
import dev.kith.domain.group.GroupId;
import java.util.Objects;
import java.util.Optional;

/** What a stream entry says happened; see {@link StreamRecord}. */
public sealed interface StreamEntry {

    /** A notification was written for {@code recipient}. */
    record NotificationAdded(AccountId recipient, NotificationId notification) implements StreamEntry {
        public NotificationAdded {
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(notification, "notification");
        }
    }

    /** {@code recipient}'s unread count changed. */
    record UnreadChanged(AccountId recipient) implements StreamEntry {
        public UnreadChanged {
            Objects.requireNonNull(recipient, "recipient");
        }
    }

    /**
     * {@code author} published {@code post}: outside groups, it is new in its followers' home timelines; in
     * {@code group}, in the home timelines of the group's members (whoever they are when it is delivered).
     */
    record PostAdded(AccountId author, PostId post, Optional<GroupId> group) implements StreamEntry {
        public PostAdded {
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(post, "post");
            Objects.requireNonNull(group, "group");
        }

        /** A post outside groups. */
        public PostAdded(AccountId author, PostId post) {
            this(author, post, Optional.empty());
        }
    }
}
