package dev.kith.application.graph;

import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.graph.port.GraphQueries;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.Username;
import dev.kith.domain.graph.Audience;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place that decides who may see what, for every use case of every context: blocked accounts
 * do not exist for each other, and a private account's content shows only to itself and its accepted
 * followers. What the viewer may not see is reported as absent (404), never as forbidden.
 * The rules themselves are {@link Audience}'s; this class looks up their inputs. Thread-safe.
 */
public final class VisibilityPolicy {

    private final GraphQueries graph;
    private final AccountRepository accounts;

    public VisibilityPolicy(GraphQueries graph, AccountRepository accounts) {
        this.graph = Objects.requireNonNull(graph, "graph");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    /**
     * The scope every list and search is read through for {@code viewer}: rows by or about accounts blocked
     * either way are left out, and so are group posts (seen through their group).
     */
    public ViewerScope scope(AccountId viewer) {
        return new ViewerScope(viewer, EnumSet.allOf(ViewerScope.Rule.class));
    }

    /** The owner as the viewer may see it, if the viewer may see the account at all (it exists, no block). */
    public Optional<Audience> visibleAccount(AccountId viewer, AccountId owner) {
        return graph.audience(viewer, owner).filter(Audience::seesAccount);
    }

    /** Whether the viewer may see the owner's content (and so like and comment on it). */
    public boolean seesContent(AccountId viewer, AccountId owner) {
        return visibleAccount(viewer, owner).filter(Audience::seesContent).isPresent();
    }

    /** Whether the viewer may see the owner's stories: itself and its accepted followers only, never across a block. */
    public boolean seesStories(AccountId viewer, AccountId owner) {
        return visibleAccount(viewer, owner).filter(Audience::seesStories).isPresent();
    }

    /** The id of the account with that username, whatever the viewer may see of it; a malformed name is no one. */
    public Optional<AccountId> idOf(String username) {
        return Username.parse(username).flatMap(accounts::findByUsername).map(account -> account.id());
    }

    /** The account with that username as the viewer may see it; absent or blocked either way is not found. */
    public Audience account(AccountId viewer, String username) {
        return account(viewer, resolve(username));
    }

    /** The owner as the viewer may see it; absent or blocked either way is not found. */
    public Audience account(AccountId viewer, AccountId owner) {
        return visibleAccount(viewer, owner).orElseThrow(AccountErrors.AccountNotFound::new);
    }

    /** The owner whose content the viewer wants; not found unless the viewer may see that content. */
    public Audience content(AccountId viewer, AccountId owner) {
        return visibleAccount(viewer, owner).filter(Audience::seesContent).orElseThrow(AccountErrors.AccountNotFound::new);
    }

    /** As {@link #content(AccountId, AccountId)}, by username. */
    public Audience content(AccountId viewer, String username) {
        return content(viewer, resolve(username));
    }

    /** The id of the account with that username, whatever the viewer may see of it; not found otherwise. */
    public AccountId resolve(String username) {
        return idOf(username).orElseThrow(AccountErrors.AccountNotFound::new);
    }
}
