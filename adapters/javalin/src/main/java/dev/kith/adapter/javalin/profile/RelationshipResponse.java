package dev.kith.adapter.javalin.profile;

import dev.kith.domain.graph.Relationship;

/**
 * How the caller stands to a profile's account.
 *
 * @param following the caller follows it (accepted)
 * @param followedBy it follows the caller (accepted)
 * @param requested the caller asked to follow it and waits for an answer
 * @param blocking the caller blocks it
 */
public record RelationshipResponse(boolean following, boolean followedBy, boolean requested, boolean blocking) {

    static RelationshipResponse of(Relationship relationship) {
        return new RelationshipResponse(relationship.following(), relationship.followedBy(), relationship.requested(),
                relationship.blocking());
    }
}
