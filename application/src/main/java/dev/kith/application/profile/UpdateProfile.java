package dev.kith.application.profile;

import dev.kith.application.account.AccountView;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.account.port.PendingFollowRequests;
import dev.kith.application.media.Attachments;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.Change;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.Profile;
import dev.kith.domain.graph.GraphEvent;
import dev.kith.domain.shared.MediaId;
import dev.kith.domain.media.MediaType;
import dev.kith.domain.shared.InvalidInput;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Changes the signed-in account's display name, bio, avatar or privacy. */
public final class UpdateProfile {

    private final Transactor transactor;
    private final AccountRepository accounts;
    private final PendingFollowRequests pendingFollowRequests;
    private final Attachments media;
    private final DomainEvents events;
    private final Clock clock;

    UpdateProfile(Transactor transactor, AccountRepository accounts, PendingFollowRequests pendingFollowRequests,
                  Attachments media, DomainEvents events, Clock clock) {
        this.transactor = transactor;
        this.accounts = accounts;
        this.pendingFollowRequests = pendingFollowRequests;
        this.media = media;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Applies the changes named in the command and keeps the other fields.
     *
     * <p>Making a private account public accepts every pending follow request in the same transaction.
     *
     * <p>An avatar is an uploaded image of the actor's, ready and not used elsewhere; the avatar it replaces
     * (or clears) is deleted with its files.
     *
     * @param actor a signed-in account
     * @param command what to change
     * @return the account after the change
     * @throws InvalidInput when a value is invalid, or the avatar names no image of the actor's
     * @throws dev.kith.domain.media.MediaErrors.MediaNotAttachable when the avatar's media is not ready or in use
     */
    public AccountView execute(Actor actor, Command command) {
        return transactor.inTransaction(() -> {
            Account account = accounts.findById(actor.requireAccount())
                    .orElseThrow(() -> new AccountErrors.InvalidAccessToken("The account no longer exists."));
            Profile current = account.profile();
            Profile changed = new Profile(
                    command.displayName().applyTo(current.displayName()),
                    command.bio().applyTo(current.bio()),
                    avatar(account.id(), command.avatarMediaId(), current.avatar()),
                    command.isPrivate().orElse(current.isPrivate()));
            if (!changed.avatar().equals(current.avatar())) {
                media.release(current.avatar().stream().toList(), clock.instant());
            }
            Account updated = account.withProfile(changed);
            accounts.update(updated);
            if (current.isPrivate() && !changed.isPrivate()) {
                Instant now = clock.instant();
                for (AccountId follower : pendingFollowRequests.acceptAll(account.id(), now)) {
                    events.record(new GraphEvent.FollowAccepted(follower, account.id(), now));
                }
            }
            return AccountView.of(updated, media.avatarFile(changed.avatar()));
        });
    }

    private Optional<MediaId> avatar(AccountId owner, Change<String> change, Optional<MediaId> current) {
        if (change instanceof Change.Clear<String>) {
            return Optional.empty();
        }
        if (change instanceof Change.Set<String> set) {
            if (current.map(id -> id.value().toString()).equals(Optional.of(set.value()))) {
                return current;  // the avatar it has already
            }
            return Optional.of(media.attach(owner, "avatarMediaId", List.of(set.value()), Optional.of(MediaType.IMAGE))
                    .get(0).id());
        }
        return current;
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
