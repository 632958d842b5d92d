package dev.kith.domain.graph;

/**
 * How one account stands to another, seen from the first: {@code following} and {@code requested} are
 * its follow of the other, {@code followedBy} the other's accepted follow of it, {@code blocking} its
 * block of the other and {@code blockedBy} the other's block of it.
 */
public record Relationship(boolean following, boolean followedBy, boolean requested, boolean blocking, boolean blockedBy) {

    /** Strangers: no follows, no blocks. */
    public static final Relationship NONE = new Relationship(false, false, false, false, false);

    /** Whether a block stands between the two, in either direction. */
    public boolean blockedEitherWay() {
        return blocking || blockedBy;
    }
}
