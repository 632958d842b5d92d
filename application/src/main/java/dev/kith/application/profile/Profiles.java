package dev.kith.application.profile;

import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.account.port.PendingFollowRequests;
import dev.kith.application.shared.port.Transactor;
import java.time.Clock;
import dev.kith.application.graph.VisibilityPolicy;
import dev.kith.application.profile.port.ProfileQueries;

/** The use cases of profiles, wired to their ports. Thread-safe. */
public final class Profiles {

    private final GetProfile getProfile;
    private final SearchProfiles search;
    private final UpdateProfile updateProfile;

    /** Wires the profile use cases; {@link dev.kith.application.Kith} calls this for you. */
    public Profiles(Transactor transactor, VisibilityPolicy visibility, ProfileQueries profiles, AccountRepository accounts,
                    PendingFollowRequests pendingFollowRequests, Clock clock) {
        this.getProfile = new GetProfile(visibility, profiles);
        this.search = new SearchProfiles(profiles);
        this.updateProfile = new UpdateProfile(transactor, accounts, pendingFollowRequests, clock);
    }

    public GetProfile getProfile() {
        return getProfile;
    }

    public SearchProfiles search() {
        return search;
    }

    public UpdateProfile updateProfile() {
        return updateProfile;
    }
}
