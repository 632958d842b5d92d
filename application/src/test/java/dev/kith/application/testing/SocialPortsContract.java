package dev.kith.application.testing;

import dev.kith.application.account.port.AccountErasure;
import dev.kith.application.account.port.AccountFixtures;
import dev.kith.application.account.port.AccountPorts;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.account.port.PendingFollowRequests;
import dev.kith.application.content.port.CommentRepository;
import dev.kith.application.content.port.ContentPorts;
import dev.kith.application.content.port.ContentQueries;
import dev.kith.application.content.port.LikeRepository;
import dev.kith.application.content.port.PostRepository;
import dev.kith.application.graph.port.BlockRepository;
import dev.kith.application.graph.port.FollowRepository;
import dev.kith.application.graph.port.GraphPorts;
import dev.kith.application.graph.port.GraphQueries;
import dev.kith.application.profile.port.ProfilePorts;
import dev.kith.application.profile.port.ProfileQueries;
import dev.kith.application.shared.port.SharedPorts;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.Profile;
import dev.kith.domain.content.Post;
import dev.kith.application.group.port.GroupPorts;
import dev.kith.domain.graph.FollowState;
import dev.kith.domain.group.Group;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupRole;
import dev.kith.domain.group.GroupVisibility;
import dev.kith.domain.group.Membership;
import java.util.Objects;
import java.util.Optional;

/**
 * What the contract suites of the social ports share: the adapters under test, given as one fixture of
 * ports records, and the accounts most tests start from. An adapter's test extends a suite and says only
 * which ports it tests ({@link #ports()}).
 */
public abstract class SocialPortsContract {

    /** The ports under test: one store or database per test, the same on every call within a test. */
    protected abstract SocialPorts ports();

    /** The ports records of the contexts the social suites test. */
    public record SocialPorts(SharedPorts shared, AccountPorts accounts, GraphPorts graph, ProfilePorts profiles,
                              ContentPorts content, Optional<GroupPorts> groups) {
        public SocialPorts {
            Objects.requireNonNull(shared, "shared");
            Objects.requireNonNull(accounts, "accounts");
            Objects.requireNonNull(graph, "graph");
            Objects.requireNonNull(profiles, "profiles");
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(groups, "groups");
        }

        /**
         * The ports of a store whose posts may name groups it does not hold (without group ports, the group
         * fixtures make ids only).
         */
        public SocialPorts(SharedPorts shared, AccountPorts accounts, GraphPorts graph, ProfilePorts profiles,
                           ContentPorts content) {
            this(shared, accounts, graph, profiles, content, Optional.empty());
        }
    }

    protected Transactor transactor() {
        return ports().shared().transactor();
    }

    protected AccountRepository accounts() {
        return ports().accounts().accounts();
    }

    protected AccountErasure erasure() {
        return ports().accounts().erasure();
    }

    protected PendingFollowRequests pendingRequests() {
        return ports().accounts().pendingFollowRequests();
    }

    protected FollowRepository follows() {
        return ports().graph().follows();
    }

    protected BlockRepository blocks() {
        return ports().graph().blocks();
    }

    protected GraphQueries graph() {
        return ports().graph().queries();
    }

    protected ProfileQueries profiles() {
        return ports().profiles().queries();
    }

    protected PostRepository posts() {
        return ports().content().posts();
    }

    protected CommentRepository comments() {
        return ports().content().comments();
    }

    protected LikeRepository likes() {
        return ports().content().likes();
    }

    protected ContentQueries content() {
        return ports().content().queries();
    }

    /** Changes made through the ports as the use cases make them, with their events (see {@link Changes}). */
    protected Changes changes() {
        return new Changes(ports());
    }

    /** Stores a follow or request, recording its event when it is new; see {@link Changes#follow}. */
    protected void follow(AccountId follower, AccountId followee, FollowState state) {
        changes().follow(follower, followee, state);
    }

    /** Removes a follow or request, recording its event; see {@link Changes#unfollow}. */
    protected void unfollow(AccountId follower, AccountId followee) {
        changes().unfollow(follower, followee);
    }

    /** Stores a post, recording its event; see {@link Changes#publish}. */
    protected void publish(Post post) {
        changes().publish(post);
    }

    /**
     * The group ports of the same store, when it holds groups (a database whose posts refer to their group by
     * a foreign key does): {@link #storedGroup} stores its groups there.
     */
    protected Optional<GroupPorts> groupPortsIfAny() {
        return ports().groups();
    }

    /**
     * A new public group with {@code owner} as its owner (and only member), stored in the group ports when
     * there are any ({@link #groupPortsIfAny}); its id only otherwise.
     */
    protected GroupId storedGroup(AccountId owner) {
        return storedGroup(owner, GroupVisibility.PUBLIC);
    }

    /** {@link #storedGroup(AccountId)} with that visibility. */
    protected GroupId storedGroup(AccountId owner, GroupVisibility visibility) {
        GroupId id = new GroupId(AccountFixtures.uuid());
        groupPortsIfAny().ifPresent(groups -> transactor().run(() -> {
            groups.groups().add(new Group(id, "group " + id, "", visibility, owner, AccountFixtures.T0));
            groups.memberships().add(new Membership(AccountFixtures.uuid(), id, owner, GroupRole.OWNER, AccountFixtures.T0));
        }));
        return id;
    }

    /** A new public account, stored. */
    protected Account stored() {
        return store(AccountFixtures.account());
    }

    /** A new public account with that display name, stored. */
    protected Account storedNamed(String displayName) {
        return store(AccountFixtures.account().withProfile(
                new Profile(Optional.of(displayName), Optional.empty(), Optional.empty(), false)));
    }

    /** A new private account, stored. */
    protected Account storedPrivate() {
        return store(AccountFixtures.account().withProfile(new Profile(Optional.empty(), Optional.empty(), Optional.empty(), true)));
    }

    private Account store(Account account) {
        transactor().run(() -> accounts().add(account));
        return account;
    }
}
