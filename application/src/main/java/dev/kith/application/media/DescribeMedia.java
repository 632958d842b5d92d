package dev.kith.application.media;

import dev.kith.application.media.port.MediaRepository;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.media.Media;
import dev.kith.domain.media.MediaErrors;
import java.util.Optional;

/** Changes the alt text of an upload. */
public final class DescribeMedia {

    private final Transactor transactor;
    private final MediaRepository media;

    DescribeMedia(Transactor transactor, MediaRepository media) {
        this.transactor = transactor;
        this.media = media;
    }

    /**
     * Sets or clears (blank or absent) the alt text, attached or not.
     *
     * @param actor a signed-in account, the owner
     * @param command which media, and the text (up to 1,500 characters)
     * @return the media with its new description
     * @throws MediaErrors.MediaNotFound when there is no such media or it is someone else's
     * @throws dev.kith.domain.shared.InvalidInput when the text is too long or has control characters
     */
    public Media execute(Actor actor, Command command) {
        AccountId me = actor.requireAccount();
        Optional<String> description = Media.validDescription(command.description().orElse(null));
        return transactor.inTransaction(() -> {
            Media found = media.find(MediaIds.route(command.mediaId()))
                    .filter(m -> m.owner().equals(me))
                    .orElseThrow(MediaErrors.MediaNotFound::new);
            media.describe(found.id(), description);  // the description alone: a poster frame may be landing meanwhile
            return found.describedAs(description);
        });
    }

    /** Which media, and its new alt text (empty clears it). */
    public record Command(String mediaId, Optional<String> description) {
        public Command {
            description = description == null ? Optional.empty() : description;
        }
    }
}
