package dev.kith.application.account.port;

import dev.kith.domain.account.Password;
import dev.kith.domain.account.PasswordHash;

/**
 * Hashes passwords with a slow, salted, memory-hard function. Deliberately expensive: call it outside
 * transactions. Thread-safe.
 */
public interface PasswordHasher {

    /** A new salted hash of {@code password} with the current parameters. */
    PasswordHash hash(Password password);

    /** Whether {@code password} matches {@code hash}; a malformed hash matches nothing. */
    boolean verify(Password password, PasswordHash hash);

    /** Whether {@code hash} was made with weaker parameters than today's and should be re-made at the next login. */
    boolean needsRehash(PasswordHash hash);
}
