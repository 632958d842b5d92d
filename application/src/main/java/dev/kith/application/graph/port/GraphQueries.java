package dev.kith.application.graph.port;

import dev.kith.application.graph.ViewerScope;
import dev.kith.application.account.port.AccountSummary;
import dev.kith.application.shared.Keyed;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.graph.Audience;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The read side of the social graph. Every method is one query, whatever the page size. Thread-safe. */
public interface GraphQueries {

    /**
     * How {@code viewer} stands to {@code owner}, with whether the owner is private; empty when the owner
     * does not exist.
     */
    Optional<Audience> audience(AccountId viewer, AccountId owner);

    /**
     * Accepted followers of {@code account}, newest follow first, leaving out accounts that block
     * the scope's viewer or that it blocks (the {@link ViewerScope}, made by the visibility policy, is never null).
     *
     * @param after the follow id the page starts after (exclusive), empty for the first page
     * @param limit the most rows to return
     * @return rows keyed by follow id
     */
    List<Keyed<UUID, AccountSummary>> followers(AccountId account, ViewerScope scope, Optional<UUID> after, int limit);

    /** Accounts {@code account} follows (accepted), newest follow first, with the same exclusions as {@link #followers}. */
    List<Keyed<UUID, AccountSummary>> following(AccountId account, ViewerScope scope, Optional<UUID> after, int limit);

    /** Accounts waiting for {@code account} to accept their request, newest first. */
    List<Keyed<UUID, AccountSummary>> pendingRequests(AccountId account, Optional<UUID> after, int limit);

    /**
     * Accounts {@code account} blocks, ordered by lower-cased username (code-point order), so it can find
     * and unblock them: blocked accounts appear nowhere else.
     *
     * @param after the lower-cased username the page starts after (exclusive)
     * @return rows keyed by lower-cased username
     */
    List<Keyed<String, AccountSummary>> blocked(AccountId account, Optional<String> after, int limit);
}
