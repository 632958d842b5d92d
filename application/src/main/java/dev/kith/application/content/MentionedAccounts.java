package dev.kith.application.content;

import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.graph.VisibilityPolicy;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.Username;
import dev.kith.domain.content.Mentions;
import dev.kith.domain.shared.DomainException;
import java.util.LinkedHashSet;
import java.util.Set;

/** Turns the {@code @username} mentions of a text into the accounts the author may mention. */
final class MentionedAccounts {

    private final AccountRepository accounts;
    private final VisibilityPolicy visibility;

    MentionedAccounts(AccountRepository accounts, VisibilityPolicy visibility) {
        this.accounts = accounts;
        this.visibility = visibility;
    }

    /** Existing accounts mentioned in {@code text}, other than the author and accounts blocked either way with it. */
    Set<AccountId> in(String text, AccountId author) {
        Set<AccountId> mentioned = new LinkedHashSet<>();
        for (String name : Mentions.in(text)) {
            accounts.findByUsername(new Username(name)).map(account -> account.id())
                    .filter(id -> !id.equals(author) && visible(author, id))
                    .ifPresent(mentioned::add);
        }
        return mentioned;
    }

    /** Whether {@code other} is visible to {@code viewer}: exists and no block stands between them. */
    boolean visible(AccountId viewer, AccountId other) {
        try {
            visibility.account(viewer, other);
            return true;
        } catch (DomainException notVisible) {
            return false;
        }
    }
}
