package dev.kith.application.media;

import dev.kith.application.media.port.MediaRepository;
import dev.kith.application.shared.EventListener;
import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.Outbox;
import dev.kith.domain.account.AccountEvent;
import dev.kith.domain.shared.DomainEvent;

/**
 * Deletes every media of an erased account (those of its posts, stories and avatar, and uploads not yet
 * attached) in the erasure's transaction, and queues the deletion of their files through the outbox: a
 * storage outage delays them and loses none.
 */
final class AccountMediaErasure implements EventListener {

    private final MediaRepository media;
    private final Outbox outbox;
    private final IdGenerator ids;

    AccountMediaErasure(MediaRepository media, Outbox outbox, IdGenerator ids) {
        this.media = media;
        this.outbox = outbox;
        this.ids = ids;
    }

    @Override
    public void on(DomainEvent event) {
        if (event instanceof AccountEvent.AccountErased erased) {
            Attachments.queueFileDeletion(media.deleteAllOf(erased.account()), outbox, ids, erased.at());
        }
    }
}
