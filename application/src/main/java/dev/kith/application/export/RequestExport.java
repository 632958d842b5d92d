package dev.kith.application.export;

import dev.kith.application.export.port.ExportRepository;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.Outbox;
import dev.kith.application.shared.port.OutboxMessage;
import dev.kith.application.shared.port.OutboxMessageId;
import dev.kith.application.shared.port.SecretGenerator;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.export.Export;
import dev.kith.domain.export.ExportErrors;
import dev.kith.domain.export.ExportEvent;
import dev.kith.domain.export.ExportId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Asks for an archive of everything the actor's account holds; it is built in the background. */
public final class RequestExport {

    private final Transactor transactor;
    private final ExportRepository exports;
    private final Outbox outbox;
    private final IdGenerator ids;
    private final SecretGenerator secrets;
    private final DomainEvents events;
    private final ExportLinks links;
    private final Clock clock;

    RequestExport(Transactor transactor, ExportRepository exports, Outbox outbox, IdGenerator ids, SecretGenerator secrets,
                  DomainEvents events, ExportLinks links, Clock clock) {
        this.transactor = transactor;
        this.exports = exports;
        this.outbox = outbox;
        this.ids = ids;
        this.secrets = secrets;
        this.events = events;
        this.links = links;
        this.clock = clock;
    }

    /**
     * Starts an export of the actor's account: stores it pending and queues its job in the outbox, in one
     * transaction. An export of the account still pending or running is returned instead of starting another.
     *
     * @param actor a signed-in account
     * @return the new (or the running) export
     * @throws ExportErrors.ExportTooSoon when the account asked for one less than a day ago
     * @throws ExportErrors.ExportInProgress when another request started one at the same moment
     */
    public ExportView execute(Actor actor) {
        AccountId account = actor.requireAccount();
        Instant now = clock.instant();
        return transactor.inTransaction(() -> {
            Optional<Export> latest = exports.latest(account);
            if (latest.filter(e -> e.status().inProgress()).isPresent()) {
                return links.view(latest.get(), now);
            }
            Duration wait = latest.map(e -> e.waitBeforeNext(now)).orElse(Duration.ZERO);
            if (!wait.isZero()) {
                throw new ExportErrors.ExportTooSoon(wait);
            }
            ExportId id = new ExportId(ids.next());
            // unguessable, so that even a publicly readable bucket does not give archives away
            String key = "exports/" + secrets.next().reveal() + "/kith-archive.zip";
            Export export = Export.create(id, account, key, now);
            exports.add(export);
            outbox.enqueue(OutboxMessage.of(new OutboxMessageId(ids.next()), BuildExport.TOPIC,
                    Map.of("export", id.toString()), now));
            events.record(new ExportEvent.ExportRequested(id, account, now));
            return links.view(export, now);
        });
    }
}
