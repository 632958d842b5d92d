package dev.kith.domain.group;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.shared.InvalidInput;
import dev.kith.domain.shared.PlainText;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A group: a name anyone signed in can find, a description, and a visibility. Its members, roles and
 * posts are kept apart. Names are not unique.
 *
 * @param createdBy the account that created it (its first owner); empty once that account is erased
 */
public record Group(GroupId id, String name, String description, GroupVisibility visibility, Optional<AccountId> createdBy,
                    Instant createdAt) {

    /** A group its creator still holds. */
    public Group(GroupId id, String name, String description, GroupVisibility visibility, AccountId createdBy,
                 Instant createdAt) {
        this(id, name, description, visibility, Optional.of(createdBy), createdAt);
    }

    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** This group with another name, description and visibility. */
    public Group edited(String name, String description, GroupVisibility visibility) {
        return new Group(id, name, description, visibility, createdBy, createdAt);
    }

    /**
     * A group name as stored: stripped, NFC, 1 to {@code max} characters (code points), one line, no
     * control characters.
     *
     * @throws InvalidInput on {@code name} otherwise
     */
    public static String validName(String name, int max) {
        return PlainText.require("name", name == null ? null : name.strip(), 1, max, false);
    }

    /**
     * A description as stored: stripped, NFC, up to {@code max} characters (code points), line breaks
     * allowed; absent is empty.
     *
     * @throws InvalidInput on {@code description} otherwise
     */
    public static String validDescription(String description, int max) {
        return description == null ? "" : PlainText.require("description", description.strip(), 0, max, true);
    }
}
