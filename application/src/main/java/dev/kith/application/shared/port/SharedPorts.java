package dev.kith.application.shared.port;

import java.util.Objects;

/**
 * The ports every context uses: the unit of work, ids, secrets, and the outbox with the mail it delivers.
 * {@link dev.kith.application.Kith} hands the same instance to every context's façade, so that all their
 * writes share one transactor and one outbox. Adapter modules build it (see {@code InMemoryAdapters} and
 * {@code PostgresAdapters}); every component is required.
 *
 * @param transactor runs each command's unit of work; every repository of the core must join its transactions
 * @param ids makes the time-ordered ids of new aggregates and outbox messages
 * @param secrets makes the one-time and refresh tokens' secrets
 * @param outbox holds the messages (mail, for now) written inside a transaction until the relay delivers them
 * @param mailSender sends the mail the relay takes from the outbox
 */
public record SharedPorts(Transactor transactor, IdGenerator ids, SecretGenerator secrets, Outbox outbox,
                          MailSender mailSender) {

    /** Refuses a missing port, by name. */
    public SharedPorts {
        Objects.requireNonNull(transactor, "transactor");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(mailSender, "mailSender");
    }
}
