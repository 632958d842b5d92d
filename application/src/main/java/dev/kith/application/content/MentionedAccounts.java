package dev.kith.application.content;

import dev.kith.application.graph.VisibilityPolicy;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.Mentions;
import java.util.LinkedHashSet;
import java.util.Set;

/** Turns the {@code @username} mentions of a text into the accounts the author may mention. */
final class MentionedAccounts {

    private final VisibilityPolicy visibility;

    MentionedAccounts(VisibilityPolicy visibility) {
        this.visibility = visibility;
    }

    /** Existing accounts mentioned in {@code text}, other than the author and accounts blocked either way with it. */
    Set<AccountId> in(String text, AccountId author) {
        Set<AccountId> mentioned = new LinkedHashSet<>();
        for (String name : Mentions.in(text)) {
            visibility.idOf(name)
                    .filter(id -> !id.equals(author) && visible(author, id))
                    .ifPresent(mentioned::add);
        }
        return mentioned;
    }

    /** Whether {@code other} is visible to {@code viewer}: exists and no block stands between them. */
    boolean visible(AccountId viewer, AccountId other) {
        return visibility.visibleAccount(viewer, other).isPresent();
    }
}
