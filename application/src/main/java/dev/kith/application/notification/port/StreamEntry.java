package dev.kith.application.notification.port;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.PostId;
import dev.kith.domain.notification.NotificationId;
import java.util.Objects;

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

    /** {@code author} published {@code post} outside groups: it is new in its followers' home timelines. */
    record PostAdded(AccountId author, PostId post) implements StreamEntry {
        public PostAdded {
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(post, "post");
        }
    }
}
