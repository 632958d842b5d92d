package dev.kith.adapter.javalin.shared;

import dev.kith.application.account.port.AccountSummary;
import dev.kith.application.media.MediaLinks;

/**
 * An account as lists and authors show it; absent optional values are JSON null.
 *
 * @param id the account's opaque id
 * @param username its username
 * @param displayName its display name, or null
 * @param avatarUrl its avatar's URL, or null
 */
public record AccountSummaryResponse(String id, String username, String displayName, String avatarUrl) {

    /** The summary as the API shows it. */
    public static AccountSummaryResponse of(AccountSummary account, MediaLinks links) {
        return new AccountSummaryResponse(account.id().toString(), account.username(),
                account.displayName().orElse(null), account.avatar().map(links::url).map(Object::toString).orElse(null));
    }
}
