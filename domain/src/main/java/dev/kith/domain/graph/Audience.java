package dev.kith.domain.graph;

import dev.kith.domain.account.AccountId;
import java.util.Objects;

/**
 * The visibility rules, for one viewer looking at one owner's account and content. Blocks hide both
 * accounts from each other entirely; a private account's content (posts, stories, follower and
 * following lists) shows only to itself and its accepted followers.
 */
public record Audience(AccountId viewer, AccountId owner, boolean ownerPrivate, Relationship relationship) {

    public Audience {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(relationship, "relationship");
    }

    /** Whether the viewer looks at itself. */
    public boolean self() {
        return viewer.equals(owner);
    }

    /** Whether the viewer may see the owner's profile at all. */
    public boolean seesAccount() {
        return self() || !relationship.blockedEitherWay();
    }

    /** Whether the viewer may see (and so like and comment on) the owner's content. */
    public boolean seesContent() {
        return self() || seesAccount() && (!ownerPrivate || relationship.following());
    }

    /**
     * Whether the viewer may see the owner's stories: only the owner and its accepted followers, whether the
     * account is private or public (stories are for the people who chose to follow).
     */
    public boolean seesStories() {
        return self() || seesAccount() && relationship.following();
    }

    /** Whether the viewer may ask to follow the owner. */
    public boolean mayFollow() {
        return !self() && seesAccount();
    }
}
