package dev.kith.application.account.port;

import dev.kith.domain.account.EmailAddress;
import dev.kith.domain.account.Username;
import java.time.Instant;

/**
 * The usernames and email addresses of erased accounts, kept from reuse for a while so that nobody can pose
 * as the erased account straight away. Compared as the accounts' unique constraints compare them (ignoring
 * case). Joins the caller's transaction. Thread-safe.
 */
public interface NameReservations {

    /** Keeps {@code username} and {@code email} from new accounts until {@code until} (exclusive); a later reservation of either wins. */
    void reserve(Username username, EmailAddress email, Instant until);

    /** Whether {@code username} is reserved at {@code now}. */
    boolean holdsUsername(Username username, Instant now);

    /** Whether {@code email} is reserved at {@code now}. */
    boolean holdsEmail(EmailAddress email, Instant now);

    /**
     * Forgets the reservations that ended at or before {@code now}.
     *
     * @return how many were forgotten
     */
    int purgeExpired(Instant now);
}
