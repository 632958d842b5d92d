package dev.kith.adapter.inmemory.account;

import dev.kith.adapter.inmemory.shared.InMemoryStore;
import dev.kith.adapter.inmemory.shared.Table;
import dev.kith.application.account.port.RefreshTokenRepository;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.LoginSessionId;
import dev.kith.domain.account.RefreshToken;
import dev.kith.domain.account.TokenHash;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Logins and refresh tokens kept in the in-memory store; erased with their account. */
public final class InMemoryRefreshTokenRepository implements RefreshTokenRepository {

    private final InMemoryStore store;
    private final Table<LoginSessionId, Session> sessions;
    private final Table<TokenHash, RefreshToken> tokens;

    public InMemoryRefreshTokenRepository(InMemoryStore store) {
        this.store = store;
        this.sessions = store.table();
        this.tokens = store.table();
        store.onErase(owner -> {
            sessions.removeIf(session -> session.account().equals(owner));
            tokens.removeIf(token -> token.account().equals(owner));
        });
    }

    @Override
    public void startSession(LoginSessionId session, AccountId account, Instant now) {
        store.locked(() -> {
            sessions.put(session, new Session(account, Optional.empty()));
            return null;
        });
    }

    @Override
    public void add(RefreshToken token) {
        store.locked(() -> {
            if (!sessions.containsKey(token.session())) {
                throw new IllegalStateException("no login " + token.session());
            }
            tokens.put(token.hash(), token);
            return null;
        });
    }

    @Override
    public Optional<RefreshToken> find(TokenHash hash) {
        return store.locked(() -> tokens.get(hash).map(t -> new RefreshToken(t.hash(), t.session(), t.account(),
                t.issuedAt(), t.expiresAt(), t.spentAt(),
                sessions.get(t.session()).map(s -> s.revokedAt().isPresent()).orElse(true))));
    }

    @Override
    public boolean markSpent(TokenHash hash, Instant now) {
        return store.locked(() -> tokens.get(hash)
                .filter(t -> t.spentAt().isEmpty())
                .map(t -> {
                    tokens.put(hash, new RefreshToken(t.hash(), t.session(), t.account(), t.issuedAt(), t.expiresAt(),
                            Optional.of(now), false));
                    return true;
                })
                .orElse(false));
    }

    @Override
    public void revokeSession(LoginSessionId session, Instant now) {
        store.locked(() -> {
            sessions.get(session)
                    .filter(s -> s.revokedAt().isEmpty())
                    .ifPresent(s -> sessions.put(session, new Session(s.account(), Optional.of(now))));
            return null;
        });
    }

    @Override
    public List<LoginSessionId> revokeAllSessions(AccountId account, Instant now) {
        return store.locked(() -> {
            List<LoginSessionId> revoked = sessions.entries().stream()
                    .filter(e -> e.getValue().account().equals(account) && e.getValue().revokedAt().isEmpty())
                    .map(e -> e.getKey())
                    .sorted(java.util.Comparator.comparing(LoginSessionId::value))
                    .toList();
            revoked.forEach(session -> sessions.put(session, new Session(account, Optional.of(now))));
            return revoked;
        });
    }

    @Override
    public int purgeExpired(Instant cutoff) {
        return store.locked(() -> {
            List<LoginSessionId> dead = sessions.entries().stream().map(java.util.Map.Entry::getKey)
                    .filter(id -> tokens.values().noneMatch(t -> t.session().equals(id) && !t.expiresAt().isBefore(cutoff)))
                    .toList();
            dead.forEach(sessions::remove);
            tokens.removeIf(t -> dead.contains(t.session()));
            return dead.size();
        });
    }

    private record Session(AccountId account, Optional<Instant> revokedAt) {
    }
}
