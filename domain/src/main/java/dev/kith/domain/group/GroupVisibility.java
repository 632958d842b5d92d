package dev.kith.domain.group;

/** Who sees a group's members and posts. Anyone signed in finds any group's name and description. */
public enum GroupVisibility {
    /** Anyone signed in sees its members and posts, and joins at once. */
    PUBLIC,
    /** Only members see its members and posts; joining is by request, which admins and up answer. */
    PRIVATE
}
