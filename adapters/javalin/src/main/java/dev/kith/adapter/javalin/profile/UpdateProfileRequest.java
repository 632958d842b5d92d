package dev.kith.adapter.javalin.profile;

import dev.kith.adapter.javalin.internal.JsonFields;
import dev.kith.application.profile.UpdateProfile;
import dev.kith.application.shared.Change;
import java.util.Optional;
import java.util.Set;

/**
 * The body of {@code PATCH /api/v1/me}, a merge patch: an absent field stays, JSON null clears a text
 * field, a value sets it. {@code private} may be true or false but not null.
 */
public record UpdateProfileRequest(Change<String> displayName, Change<String> bio, Change<String> avatarMediaId,
                                   Optional<Boolean> isPrivate) {

    static final Set<String> FIELDS = Set.of("displayName", "bio", "avatarMediaId", "private");

    static UpdateProfileRequest from(JsonFields body) {
        return new UpdateProfileRequest(body.change("displayName"), body.change("bio"), body.change("avatarMediaId"),
                body.optionalBoolean("private"));
    }

    UpdateProfile.Command toCommand() {
        return new UpdateProfile.Command(displayName, bio, avatarMediaId, isPrivate);
    }
}
