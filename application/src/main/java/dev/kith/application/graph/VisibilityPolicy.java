package dev.kith.application.graph;

import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.graph.port.GraphQueries;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.Username;
import dev.kith.domain.graph.Audience;
import dev.kith.domain.shared.InvalidInput;
import java.util.Objects;

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

    /** The account with that username as the viewer may see it; absent or blocked either way is not found. */
    public Audience account(AccountId viewer, String username) {
        return account(viewer, resolve(username));
    }

    /** The owner as the viewer may see it; absent or blocked either way is not found. */
    public Audience account(AccountId viewer, AccountId owner) {
        return graph.audience(viewer, owner)
                .filter(Audience::seesAccount)
                .orElseThrow(AccountErrors.AccountNotFound::new);
    }

    /** The owner whose content the viewer wants; not found unless the viewer may see that content. */
    public Audience content(AccountId viewer, AccountId owner) {
        Audience audience = account(viewer, owner);
        if (!audience.seesContent()) {
            throw new AccountErrors.AccountNotFound();
        }
        return audience;
    }

    /** As {@link #content(AccountId, AccountId)}, by username. */
    public Audience content(AccountId viewer, String username) {
        return content(viewer, resolve(username));
    }

    /** The id of the account with that username, whatever the viewer may see of it. */
    public AccountId resolve(String username) {
        Username name;
        try {
            name = new Username(username);
        } catch (InvalidInput e) {
            throw new AccountErrors.AccountNotFound();
        }
        return accounts.findByUsername(name).orElseThrow(AccountErrors.AccountNotFound::new).id();
    }
}
