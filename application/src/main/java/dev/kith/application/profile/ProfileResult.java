package dev.kith.application.profile;

import dev.kith.application.profile.port.ProfileView;
import dev.kith.domain.graph.Relationship;

/** A profile and how the viewer stands to it. */
public record ProfileResult(ProfileView profile, Relationship relationship) {
}
