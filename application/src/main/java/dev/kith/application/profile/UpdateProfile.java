package dev.kith.application.profile;

import dev.kith.application.account.AccountView;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.account.port.PendingFollowRequests;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.Change;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.Profile;
import dev.kith.domain.graph.GraphEvent;
import dev.kith.domain.shared.InvalidInput;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Changes the signed-in account's display name, bio, avatar or privacy. */
public final class UpdateProfile {

    private final Transactor transactor;
    private final AccountRepository accounts;
    private final PendingFollowRequests pendingFollowRequests;
    private final DomainEvents events;
    private final Clock clock;

    UpdateProfile(Transactor transactor, AccountRepository accounts, PendingFollowRequests pendingFollowRequests,
                  DomainEvents events, Clock clock) {
        this.transactor = transactor;
        this.accounts = accounts;
        this.pendingFollowRequests = pendingFollowRequests;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Applies the changes named in the command and keeps the other fields.
     *
     * <p>Making a private account public accepts every pending follow request in the same transaction.
     *
     * <p>Avatars reference uploaded media; until media uploads exist no media id is known, so setting an
     * avatar is refused as invalid input and only clearing it is accepted.
     *
     * @param actor a signed-in account
     * @param command what to change
     * @return the account after the change
     * @throws InvalidInput when a value is invalid
     */
    public AccountView execute(Actor actor, Command command) {
        if (command.avatarMediaId() instanceof Change.Set<String>) {
            throw InvalidInput.field("avatarMediaId", "no such media");
        }
        return transactor.inTransaction(() -> {
            Account account = accounts.findById(actor.requireAccount())
                    .orElseThrow(() -> new AccountErrors.InvalidAccessToken("The account no longer exists."));
            Profile current = account.profile();
            Profile changed = new Profile(
                    command.displayName().applyTo(current.displayName()),
                    command.bio().applyTo(current.bio()),
                    command.avatarMediaId() instanceof Change.Clear<String> ? Optional.empty() : current.avatar(),
                    command.isPrivate().orElse(current.isPrivate()));
            Account updated = account.withProfile(changed);
            accounts.update(updated);
            if (current.isPrivate() && !changed.isPrivate()) {
                Instant now = clock.instant();
                for (AccountId follower : pendingFollowRequests.acceptAll(account.id(), now)) {
                    events.record(new GraphEvent.FollowAccepted(follower, account.id(), now));
                }
            }
            return AccountView.of(updated);
        });
    }

    /** The fields to change; {@link Change#keep()} leaves one as it is. */
    public record Command(Change<String> displayName, Change<String> bio, Change<String> avatarMediaId,
                          Optional<Boolean> isPrivate) {
        public Command {
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(bio, "bio");
            Objects.requireNonNull(avatarMediaId, "avatarMediaId");
            Objects.requireNonNull(isPrivate, "isPrivate");
        }
    }
}
