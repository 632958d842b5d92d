package dev.kith.domain.graph;

/** Where a follow stands: accepted, or waiting for a private account to accept it. */
public enum FollowState {
    FOLLOWING,
    REQUESTED;

    /** Following a private account asks first; a public one is followed at once. */
    public static FollowState whenFollowing(boolean targetIsPrivate) {
        return targetIsPrivate ? REQUESTED : FOLLOWING;
    }
}
