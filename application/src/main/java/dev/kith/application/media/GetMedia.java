package dev.kith.application.media;

import dev.kith.application.media.port.MediaRepository;
import dev.kith.application.shared.Actor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.media.Media;
import dev.kith.domain.media.MediaErrors;

/** Shows its owner an upload, to poll its state. */
public final class GetMedia {

    private final MediaRepository media;

    GetMedia(MediaRepository media) {
        this.media = media;
    }

    /**
     * The media, to its owner.
     *
     * @param actor a signed-in account, the owner
     * @param command which media
     * @return the media as stored
     * @throws MediaErrors.MediaNotFound when there is no such media or it is someone else's
     */
    public Media execute(Actor actor, Command command) {
        AccountId me = actor.requireAccount();
        return media.find(MediaIds.route(command.mediaId()))
                .filter(found -> found.owner().equals(me))
                .orElseThrow(MediaErrors.MediaNotFound::new);
    }

    /** Which media. */
    public record Command(String mediaId) {
    }
}
