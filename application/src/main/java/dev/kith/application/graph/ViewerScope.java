package dev.kith.application.graph;

import dev.kith.domain.account.AccountId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Whose eyes a list or search is seen through, and which visibility rules its rows must pass. Only the
 * {@link VisibilityPolicy} makes one, so no list can be read without the policy having decided; every
 * list and search port takes one, and an adapter translates each rule once (in SQL, or through the
 * domain's {@code Relationship}) and refuses a scope with a rule it does not know.
 */
public final class ViewerScope {

    /** A rule the rows of a list must pass. */
    public enum Rule {
        /** Rows by (or about) an account that blocks the viewer, or that the viewer blocks, are left out. */
        NOT_BLOCKED_EITHER_WAY,
        /**
         * Lists of an account's posts (its profile) leave posts in groups out: those are seen through their
         * group, and in the home timelines of its members.
         */
        OUTSIDE_GROUPS,
        /**
         * A private group's posts show only to its members; a home timeline shows the posts of the groups its
         * viewer is a member of, and of no other group.
         */
        PRIVATE_GROUPS_TO_MEMBERS
    }

    private final AccountId viewer;
    private final Set<Rule> rules;

    ViewerScope(AccountId viewer, Set<Rule> rules) {
        this.viewer = Objects.requireNonNull(viewer, "viewer");
        this.rules = Set.copyOf(rules);
    }

    /** The account looking. */
    public AccountId viewer() {
        return viewer;
    }

    /** The rules its rows must pass. */
    public Set<Rule> rules() {
        return rules;
    }

    /**
     * Checks that {@code known} covers every rule of this scope, so that an adapter never serves a list
     * without a rule the policy asked for.
     *
     * @return this
     * @throws IllegalStateException naming the rules the caller does not apply
     */
    public ViewerScope requireOnly(Set<Rule> known) {
        Set<Rule> unknown = EnumSet.noneOf(Rule.class);
        unknown.addAll(rules);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("this adapter does not apply the visibility rules " + unknown);
        }
        return this;
    }

    @Override
    public String toString() {
        return "ViewerScope[" + viewer + ", " + rules + "]";
    }
}
