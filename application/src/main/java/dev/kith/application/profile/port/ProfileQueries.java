package dev.kith.application.profile.port;

import dev.kith.application.graph.ViewerScope;
import dev.kith.application.account.port.AccountSummary;
import dev.kith.application.shared.Keyed;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.Username;
import java.util.List;
import java.util.Optional;

/** The read side of profiles. Every method is one query. Thread-safe. */
public interface ProfileQueries {

    /** The profile with that username, in any case. */
    Optional<ProfileView> byUsername(Username username);

    /**
     * Accounts whose username or display name starts with {@code prefix}, ignoring case, ordered by
     * lower-cased username; leaves out accounts that block the scope's viewer or that it blocks. Served by
     * an index, never a scan.
     *
     * @param prefix lower-cased, 1 to 50 characters; {@code %} and {@code _} are literal
     * @param after the lower-cased username the page starts after (exclusive)
     * @return rows keyed by lower-cased username
     */
    List<Keyed<String, AccountSummary>> search(String prefix, ViewerScope scope, Optional<String> after, int limit);
}
