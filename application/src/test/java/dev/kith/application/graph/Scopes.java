package dev.kith.application.graph;

import dev.kith.domain.account.AccountId;
import java.util.EnumSet;
import java.util.Set;

/**
 * Viewer scopes for the port contract suites, which call list ports directly; production code gets its
 * scopes from {@link VisibilityPolicy#scope} alone.
 */
public final class Scopes {

    private Scopes() {
    }

    /** The scope the policy makes for {@code viewer}: every rule. */
    public static ViewerScope of(AccountId viewer) {
        return new ViewerScope(viewer, EnumSet.allOf(ViewerScope.Rule.class));
    }

    /** A scope with only {@code rules}, to see that an adapter refuses a rule it does not apply. */
    public static ViewerScope with(AccountId viewer, Set<ViewerScope.Rule> rules) {
        return new ViewerScope(viewer, rules);
    }
}
