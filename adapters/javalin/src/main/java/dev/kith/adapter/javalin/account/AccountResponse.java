package dev.kith.adapter.javalin.account;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kith.application.account.AccountView;
import dev.kith.application.media.MediaLinks;
import java.time.Instant;

/**
 * The signed-in account as {@code GET /api/v1/me} shows it; absent optional values are JSON null.
 *
 * @param isPrivate shown as {@code private}
 */
public record AccountResponse(String id, String username, String email, boolean emailVerified, String displayName,
                              String bio, String avatarUrl, @JsonProperty("private") boolean isPrivate,
                              Instant createdAt) {

    /** The owner's view of an account, as JSON. */
    public static AccountResponse of(AccountView account, MediaLinks links) {
        return new AccountResponse(account.id(), account.username(), account.email(), account.emailVerified(),
                account.displayName().orElse(null), account.bio().orElse(null), account.avatar().map(links::url).map(Object::toString).orElse(null),
                account.isPrivate(), account.createdAt());
    }
}
