package dev.kith.adapter.inmemory.account;

import dev.kith.application.account.port.AccessClaims;
import dev.kith.application.account.port.AccessToken;
import dev.kith.application.account.port.TokenIssuer;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.LoginSessionId;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Opaque random access tokens remembered in a map; for tests, where JWTs would add nothing. */
public final class InMemoryTokenIssuer implements TokenIssuer {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> issued = new ConcurrentHashMap<>();

    @Override
    public AccessToken issue(AccountId account, LoginSessionId session, Instant now) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String value = "mem." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiresAt = now.plus(ACCESS_TOKEN_LIFETIME);
        issued.put(value, new Issued(new AccessClaims(account, session), expiresAt));
        return new AccessToken(value, expiresAt);
    }

    @Override
    public Optional<AccessClaims> verify(String token, Instant now) {
        return Optional.ofNullable(token == null ? null : issued.get(token))
                .filter(found -> now.isBefore(found.expiresAt()))
                .map(Issued::claims);
    }

    private record Issued(AccessClaims claims, Instant expiresAt) {
    }
}
