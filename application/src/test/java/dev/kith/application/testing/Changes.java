package dev.kith.application.testing;

import dev.kith.application.account.port.AccountFixtures;
import dev.kith.application.content.HomeFeedProjection;
import dev.kith.application.shared.DomainEvents;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.ContentEvent;
import dev.kith.domain.content.Post;
import dev.kith.domain.graph.FollowId;
import dev.kith.domain.graph.FollowState;
import dev.kith.domain.graph.GraphEvent;
import dev.kith.application.group.port.GroupPorts;
import dev.kith.domain.group.GroupEvent;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupRole;
import dev.kith.domain.group.Membership;
import java.util.Objects;

/**
 * Changes made through the ports the way the use cases make them: the repository stores, then the event is
 * recorded and handed to the content context's projections (the home feed) as {@link dev.kith.application.Kith}
 * wires them. For adapter tests that exercise a read model without the whole core. Call inside a
 * transaction (or let each call be its own); events are stamped {@link AccountFixtures#T0}.
 */
public final class Changes {

    private final SocialPortsContract.SocialPorts ports;
    private final DomainEvents events = new DomainEvents();

    /** Changes on {@code ports}. */
    public Changes(SocialPortsContract.SocialPorts ports) {
        this.ports = Objects.requireNonNull(ports, "ports");
        events.subscribe(new HomeFeedProjection(ports.content().homeFeed()));
    }

    /** Stores a follow or request as {@code FollowAccount} does, recording its event when it is new. */
    public void follow(AccountId follower, AccountId followee, FollowState state) {
        if (ports.graph().follows().add(new FollowId(AccountFixtures.uuid()), follower, followee, state, AccountFixtures.T0).created()) {
            events.record(GraphEvent.begun(state, follower, followee, AccountFixtures.T0));
        }
    }

    /** Removes a follow or request as {@code UnfollowAccount} does, recording its event. */
    public void unfollow(AccountId follower, AccountId followee) {
        ports.graph().follows().remove(follower, followee)
                .ifPresent(ended -> events.record(GraphEvent.ended(ended, follower, followee, AccountFixtures.T0)));
    }

    /** Accepts a pending request as {@code AnswerFollowRequest} does, recording its event. */
    public void accept(AccountId follower, AccountId followee) {
        if (ports.graph().follows().accept(follower, followee, AccountFixtures.T0)) {
            events.record(new GraphEvent.FollowAccepted(follower, followee, AccountFixtures.T0));
        }
    }

    /** Stores a post as {@code PublishPost} does, recording its event. */
    public void publish(Post post) {
        ports.content().posts().add(post);
        events.record(ContentEvent.PostPublished.of(post));
    }

    /**
     * Makes {@code account} a member of {@code group} as {@code JoinGroup} does (the group locked first),
     * recording its event when it is new; needs the group ports.
     */
    public void join(GroupId group, AccountId account) {
        GroupPorts groups = ports.groups().orElseThrow();
        groups.groups().lock(group).orElseThrow();
        if (groups.memberships().add(new Membership(AccountFixtures.uuid(), group, account, GroupRole.MEMBER, AccountFixtures.T0))) {
            events.record(new GroupEvent.MemberJoined(group, account, AccountFixtures.T0));
        }
    }

    /** Takes {@code account} out of {@code group} as {@code LeaveGroup} does, recording its event; needs the group ports. */
    public void leave(GroupId group, AccountId account) {
        GroupPorts groups = ports.groups().orElseThrow();
        groups.groups().lock(group).orElseThrow();
        if (groups.memberships().remove(group, account)) {
            events.record(new GroupEvent.MemberLeft(group, account, account, false, AccountFixtures.T0));
        }
    }

    /** Deletes a post as {@code DeletePost} does, recording its event when it was there. */
    public void delete(Post post) {
        if (ports.content().posts().delete(post.id())) {
            events.record(new ContentEvent.PostDeleted(post.id(), post.author(), post.group(), AccountFixtures.T0));
        }
    }
}
