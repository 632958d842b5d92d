package dev.kith.application.profile;

import dev.kith.application.graph.VisibilityPolicy;
import dev.kith.application.profile.port.ProfileQueries;

/** The use cases of profiles, wired to their ports. Thread-safe. */
public final class Profiles {

    private final GetProfile getProfile;
    private final SearchProfiles search;

    /** Wires the profile use cases; {@link dev.kith.application.Kith} calls this for you. */
    public Profiles(VisibilityPolicy visibility, ProfileQueries profiles) {
        this.getProfile = new GetProfile(visibility, profiles);
        this.search = new SearchProfiles(profiles);
    }

    public GetProfile getProfile() {
        return getProfile;
    }

    public SearchProfiles search() {
        return search;
    }
}
