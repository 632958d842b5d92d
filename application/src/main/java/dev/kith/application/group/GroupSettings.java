package dev.kith.application.group;

/**
 * The limits of groups, each answered with a clear 4xx when reached.
 *
 * @param nameMaxLength the longest name, in characters (code points)
 * @param descriptionMaxLength the longest description, in characters (code points)
 * @param groupsPerAccount how many groups one account may be a member of or ask to join at once (creating
 *     a group counts)
 */
public record GroupSettings(int nameMaxLength, int descriptionMaxLength, int groupsPerAccount) {

    public static final int DEFAULT_NAME_MAX_LENGTH = 100;
    public static final int DEFAULT_DESCRIPTION_MAX_LENGTH = 2_000;
    public static final int DEFAULT_GROUPS_PER_ACCOUNT = 1_000;

    public GroupSettings {
        if (nameMaxLength < 1 || nameMaxLength > 1_000) {
            throw new IllegalArgumentException("nameMaxLength must be between 1 and 1000: " + nameMaxLength);
        }
        if (descriptionMaxLength < 0 || descriptionMaxLength > 100_000) {
            throw new IllegalArgumentException("descriptionMaxLength must be between 0 and 100000: " + descriptionMaxLength);
        }
        if (groupsPerAccount < 1) {
            throw new IllegalArgumentException("groupsPerAccount must be at least 1: " + groupsPerAccount);
        }
    }

    /** 100-character names, 2,000-character descriptions, 1,000 groups per account. */
    public static GroupSettings defaults() {
        return new GroupSettings(DEFAULT_NAME_MAX_LENGTH, DEFAULT_DESCRIPTION_MAX_LENGTH, DEFAULT_GROUPS_PER_ACCOUNT);
    }
}
