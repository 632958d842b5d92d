package dev.kith.application.content;

import dev.kith.application.content.port.HomeFeed;
import dev.kith.application.shared.EventListener;
import dev.kith.domain.content.ContentEvent.PostDeleted;
import dev.kith.domain.content.ContentEvent.PostPublished;
import dev.kith.domain.graph.GraphEvent.FollowAccepted;
import dev.kith.domain.graph.GraphEvent.Followed;
import dev.kith.domain.graph.GraphEvent.Unfollowed;
import dev.kith.domain.group.GroupEvent.GroupDeleted;
import dev.kith.domain.group.GroupEvent.MemberJoined;
import dev.kith.domain.group.GroupEvent.MemberLeft;
import dev.kith.domain.shared.DomainEvent;
import java.util.Objects;

/**
 * Keeps the home timelines ({@link HomeFeed}) in step with posts, the follows that count and group
 * memberships, from the content and graph events, in the transaction of the change. Thread-safe.
 */
public final class HomeFeedProjection implements EventListener {

    private final HomeFeed feed;

    /** A projection onto {@code feed}. */
    public HomeFeedProjection(HomeFeed feed) {
        this.feed = Objects.requireNonNull(feed, "feed");
    }

    @Override
    public void on(DomainEvent event) {
        if (event instanceof PostPublished published) {
            if (published.group().isEmpty()) {
                feed.postPublished(published.post(), published.author());
            } else {
                feed.groupPostPublished(published.post(), published.author(), published.group().get());
            }
        } else if (event instanceof PostDeleted deleted) {
            feed.postDeleted(deleted.post(), deleted.author(), deleted.group());
        } else if (event instanceof MemberJoined joined) {
            feed.memberJoined(joined.group(), joined.account());
        } else if (event instanceof MemberLeft left) {
            feed.memberLeft(left.group(), left.account());
        } else if (event instanceof GroupDeleted deleted) {
            feed.groupDeleted(deleted.group());
        } else if (event instanceof Followed followed) {
            feed.followStarted(followed.follower(), followed.followee());
        } else if (event instanceof FollowAccepted accepted) {
            feed.followStarted(accepted.follower(), accepted.followee());
        } else if (event instanceof Unfollowed unfollowed) {
            feed.followEnded(unfollowed.follower(), unfollowed.followee());
        }
    }
}
