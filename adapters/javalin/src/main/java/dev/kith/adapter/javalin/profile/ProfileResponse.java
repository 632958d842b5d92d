package dev.kith.adapter.javalin.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.kith.application.media.MediaLinks;
import dev.kith.application.profile.ProfileResult;
import dev.kith.application.profile.port.ProfileView;

/**
 * An account's profile as {@code GET /api/v1/users/{username}} shows it to anyone who may see the account;
 * never with an email address. Absent optional values are JSON null.
 *
 * @param isPrivate shown as {@code private}
 * @param relationship how the caller stands to the account
 */
public record ProfileResponse(String id, String username, String displayName, String bio, String avatarUrl,
                              @JsonProperty("private") boolean isPrivate, long followersCount, long followingCount,
                              long postsCount, RelationshipResponse relationship) {

    static ProfileResponse of(ProfileResult result, MediaLinks links) {
        ProfileView profile = result.profile();
        return new ProfileResponse(profile.id().toString(), profile.username(), profile.displayName().orElse(null),
                profile.bio().orElse(null), profile.avatar().map(links::url).map(Object::toString).orElse(null), profile.isPrivate(),
                profile.followersCount(), profile.followingCount(), profile.postsCount(),
                RelationshipResponse.of(result.relationship()));
    }
}
