package dev.kith.domain.account;

import dev.kith.domain.shared.MediaId;
import dev.kith.domain.shared.PlainText;
import java.util.Objects;
import java.util.Optional;

/**
 * What an account shows to others: display name (up to 50 characters), bio (up to 300), avatar and
 * whether the account is private.
 */
public record Profile(Optional<String> displayName, Optional<String> bio, Optional<MediaId> avatar, boolean isPrivate) {

    public static final int DISPLAY_NAME_MAX = 50;
    public static final int BIO_MAX = 300;

    public Profile {
        Objects.requireNonNull(avatar, "avatar");
        displayName = Objects.requireNonNull(displayName, "displayName")
                .map(name -> PlainText.require("displayName", name, 0, DISPLAY_NAME_MAX, false).strip())
                .filter(name -> !name.isEmpty());
        bio = Objects.requireNonNull(bio, "bio")
                .map(text -> PlainText.require("bio", text, 0, BIO_MAX, true).strip())
                .filter(text -> !text.isEmpty());
    }

    /** The profile of a new account: empty and public. */
    public static Profile initial() {
        return new Profile(Optional.empty(), Optional.empty(), Optional.empty(), false);
    }
}
