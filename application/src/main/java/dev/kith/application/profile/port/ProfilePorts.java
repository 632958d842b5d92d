package dev.kith.application.profile.port;

import java.util.Objects;

/**
 * The ports of the profile context: the read side of profiles and search. Profiles are edited through
 * the account's ports, which {@link dev.kith.application.profile.Profiles} is given as well. Adapter
 * modules build it (see {@code InMemoryAdapters} and {@code PostgresAdapters}); every component is
 * required.
 *
 * @param queries profiles by username, and the search by username prefix
 */
public record ProfilePorts(ProfileQueries queries) {

    /** Refuses a missing port, by name. */
    public ProfilePorts {
        Objects.requireNonNull(queries, "queries");
    }
}
