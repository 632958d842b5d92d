package dev.kith.application.media;

import dev.kith.domain.media.MediaErrors;
import dev.kith.domain.shared.MediaId;
import dev.kith.domain.shared.InvalidInput;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Parses media ids as the API spells them (a UUID in lower case). */
final class MediaIds {

    private MediaIds() {
    }

    /** The id in {@code field}, or a 400 naming the field. */
    static MediaId parse(String field, String id) {
        return parse(id).orElseThrow(() -> InvalidInput.field(field, "is not a media id"));
    }

    /** The id of a media route, or 404. */
    static MediaId route(String id) {
        return parse(id).orElseThrow(MediaErrors.MediaNotFound::new);
    }

    private static Optional<MediaId> parse(String id) {
        if (id == null || id.length() != 36) {
            return Optional.empty();
        }
        try {
            UUID uuid = UUID.fromString(id);
            return uuid.toString().equals(id.toLowerCase(Locale.ROOT)) ? Optional.of(new MediaId(uuid)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
