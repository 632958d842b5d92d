package dev.kith.application.profile;

import dev.kith.application.graph.VisibilityPolicy;
import dev.kith.application.profile.port.ProfileQueries;
import dev.kith.application.shared.Actor;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.Username;

/** Reads an account's profile, counts and relationship to the actor. */
public final class GetProfile {

    private final VisibilityPolicy visibility;
    private final ProfileQueries profiles;

    GetProfile(VisibilityPolicy visibility, ProfileQueries profiles) {
        this.visibility = visibility;
        this.profiles = profiles;
    }

    /**
     * The profile; private accounts show their profile and counts to everyone who may see the account
     * (their content stays hidden). Email addresses are never part of it.
     *
     * @param actor a signed-in account
     * @param query the username, any case
     * @throws AccountErrors.AccountNotFound when there is no such account or a block stands between the two
     */
    public ProfileResult execute(Actor actor, Query query) {
        AccountId me = actor.requireAccount();
        return Username.parse(query.username())
                .flatMap(profiles::byUsername)
                .flatMap(profile -> visibility.visibleAccount(me, profile.id())
                        .map(audience -> new ProfileResult(profile, audience.relationship())))
                .<RuntimeException>orElseThrow(AccountErrors.AccountNotFound::new);
    }

    /** Whose profile. */
    public record Query(String username) {
    }
}
