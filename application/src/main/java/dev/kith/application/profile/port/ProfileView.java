package dev.kith.application.profile.port;

import dev.kith.application.media.port.StorageKey;
import dev.kith.domain.account.AccountId;
import java.util.Objects;
import java.util.Optional;

/** An account's public profile with its counts, as stored (counts are kept, never counted on read). */
public record ProfileView(AccountId id, String username, Optional<String> displayName, Optional<String> bio,
                          Optional<StorageKey> avatar, boolean isPrivate, long followersCount, long followingCount,
                          long postsCount) {
    public ProfileView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(bio, "bio");
        Objects.requireNonNull(avatar, "avatar");
    }
}
