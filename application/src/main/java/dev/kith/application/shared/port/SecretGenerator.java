package dev.kith.application.shared.port;

import dev.kith.domain.account.Secret;

/** Makes unguessable secrets for tokens handed to users. Thread-safe. */
public interface SecretGenerator {

    /** A new secret of at least 256 random bits from a cryptographically strong source, URL-safe. */
    Secret next();
}
