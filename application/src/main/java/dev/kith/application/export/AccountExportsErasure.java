package dev.kith.application.export;

import dev.kith.application.export.port.ExportRepository;
import dev.kith.application.shared.EventListener;
import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.Outbox;
import dev.kith.application.shared.port.OutboxMessage;
import dev.kith.application.shared.port.OutboxMessageId;
import dev.kith.domain.account.AccountEvent;
import dev.kith.domain.export.Export;
import dev.kith.domain.shared.DomainEvent;
import java.util.Map;

/**
 * Deletes an erased account's exports in the erasure's transaction: their rows at once, their archives
 * through the outbox (as the purge of expired ones does), so a storage outage delays the deletion and loses
 * none. An archive still being written when its row goes is deleted by the worker that wrote it.
 */
final class AccountExportsErasure implements EventListener {

    private final ExportRepository exports;
    private final Outbox outbox;
    private final IdGenerator ids;

    AccountExportsErasure(ExportRepository exports, Outbox outbox, IdGenerator ids) {
        this.exports = exports;
        this.outbox = outbox;
        this.ids = ids;
    }

    @Override
    public void on(DomainEvent event) {
        if (event instanceof AccountEvent.AccountErased erased) {
            for (Export export : exports.deleteAllOf(erased.account())) {
                outbox.enqueue(OutboxMessage.of(new OutboxMessageId(ids.next()), PurgeExpiredExports.DELETE_ARCHIVE,
                        Map.of("key", export.archiveKey()), erased.at()));
            }
        }
    }
}
