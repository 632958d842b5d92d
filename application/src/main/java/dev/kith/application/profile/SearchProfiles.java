package dev.kith.application.profile;

import dev.kith.application.graph.VisibilityPolicy;
import dev.kith.application.account.port.AccountSummary;
import dev.kith.application.profile.port.ProfileQueries;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.Page;
import dev.kith.application.shared.PageRequest;
import dev.kith.domain.shared.InvalidInput;
import dev.kith.domain.shared.PlainText;
import java.util.Locale;
import java.util.Objects;

/** Finds accounts by the start of their username or display name. */
public final class SearchProfiles {

    private final VisibilityPolicy visibility;
    private final ProfileQueries profiles;

    SearchProfiles(VisibilityPolicy visibility, ProfileQueries profiles) {
        this.visibility = visibility;
        this.profiles = profiles;
    }

    /**
     * Accounts whose username or display name starts with {@code q}, ignoring case, ordered by username;
     * accounts blocked either way with the actor never appear.
     *
     * @param actor a signed-in account
     * @param query the prefix (1 to 50 characters, a leading {@code @} ignored) and the page
     * @throws InvalidInput when {@code q} is missing, empty or too long, or the cursor is not one this search
     *         (the same prefix) returned
     */
    public Page<AccountSummary> execute(Actor actor, Query query) {
        String q = query.q() == null ? "" : query.q().strip();
        if (q.startsWith("@")) {
            q = q.substring(1);
        }
        if (q.isEmpty()) {
            throw InvalidInput.field("q", "is required");
        }
        String prefix = PlainText.require("q", q, 1, 50, false).toLowerCase(Locale.ROOT);
        PageRequest.InList page = query.page().in("search", prefix);
        return page.page(profiles.search(prefix, visibility.scope(actor.requireAccount()), page.afterText(), page.fetchSize()));
    }

    /** The prefix and the page. */
    public record Query(String q, PageRequest page) {
        public Query {
            Objects.requireNonNull(page, "page");
        }
    }
}
