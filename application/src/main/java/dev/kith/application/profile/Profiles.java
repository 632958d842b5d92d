package dev.kith.application.profile;

import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.account.port.PendingFollowRequests;
import dev.kith.application.graph.VisibilityPolicy;
import dev.kith.application.profile.port.ProfilePorts;
import dev.kith.application.media.Attachments;
import dev.kith.application.shared.ContextFacade;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.OutboxHandler;
import dev.kith.application.shared.port.SharedPorts;
import java.time.Clock;
import java.util.Map;

/** The use cases of profiles, wired to their ports. Thread-safe. */
public final class Profiles implements ContextFacade {

    private final GetProfile getProfile;
    private final SearchProfiles search;
    private final UpdateProfile updateProfile;

    /**
     * Wires the profile use cases to their ports; {@link dev.kith.application.Kith} calls this for you.
     *
     * @param accounts the account context's accounts, where a profile is kept
     * @param pendingFollowRequests the account context's port that accepts waiting requests when a profile goes public
     * @param visibility the graph context's policy
     * @param media the media context's attachments, for avatars
     * @param events where accepting the waiting requests records the graph's {@code FollowAccepted} events
     */
    public Profiles(SharedPorts shared, ProfilePorts ports, AccountRepository accounts,
                    PendingFollowRequests pendingFollowRequests, VisibilityPolicy visibility, Attachments media,
                    DomainEvents events, Clock clock) {
        this.getProfile = new GetProfile(visibility, ports.queries());
        this.search = new SearchProfiles(visibility, ports.queries());
        this.updateProfile = new UpdateProfile(shared.transactor(), accounts, pendingFollowRequests, media, events, clock);
    }

    /** None yet. */
    @Override
    public Map<String, OutboxHandler> outboxHandlers() {
        return Map.of();
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
