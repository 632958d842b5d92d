package dev.kith.adapter.inmemory.account;

import dev.kith.adapter.inmemory.shared.InMemoryStore;
import dev.kith.adapter.inmemory.shared.Table;
import dev.kith.application.account.port.OneTimeTokenRepository;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.OneTimeToken;
import dev.kith.domain.account.TokenHash;
import dev.kith.domain.account.TokenPurpose;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One-time tokens kept in the in-memory store; erased with their account. */
public final class InMemoryOneTimeTokenRepository implements OneTimeTokenRepository {

    private final InMemoryStore store;
    private final Table<TokenHash, OneTimeToken> rows;

    public InMemoryOneTimeTokenRepository(InMemoryStore store) {
        this.store = store;
        this.rows = store.table();
        store.onErase(owner -> rows.removeIf(token -> token.account().equals(owner)));
    }

    @Override
    public void add(OneTimeToken token) {
        store.locked(() -> {
            rows.put(token.hash(), token);
            return null;
        });
    }

    @Override
    public Optional<OneTimeToken> find(TokenPurpose purpose, TokenHash hash) {
        return store.locked(() -> rows.get(hash).filter(token -> token.purpose() == purpose));
    }

    @Override
    public boolean markUsed(TokenHash hash, Instant now) {
        return store.locked(() -> rows.get(hash)
                .filter(token -> token.usedAt().isEmpty())
                .map(token -> {
                    rows.put(hash, used(token, now));
                    return true;
                })
                .orElse(false));
    }

    @Override
    public void invalidateAll(AccountId account, TokenPurpose purpose, Instant now) {
        store.locked(() -> {
            List<OneTimeToken> unused = rows.values()
                    .filter(t -> t.account().equals(account) && t.purpose() == purpose && t.usedAt().isEmpty())
                    .toList();
            unused.forEach(token -> rows.put(token.hash(), used(token, now)));
            return null;
        });
    }

    @Override
    public int purgeExpired(Instant cutoff) {
        return store.locked(() -> {
            List<TokenHash> expired = rows.values().filter(t -> t.expiresAt().isBefore(cutoff)).map(OneTimeToken::hash).toList();
            expired.forEach(rows::remove);
            return expired.size();
        });
    }

    @Override
    public Optional<Instant> lastIssuedAt(AccountId account, TokenPurpose purpose) {
        return store.locked(() -> rows.values()
                .filter(t -> t.account().equals(account) && t.purpose() == purpose)
                .map(OneTimeToken::createdAt)
                .max(Instant::compareTo));
    }

    private static OneTimeToken used(OneTimeToken t, Instant now) {
        return new OneTimeToken(t.hash(), t.account(), t.purpose(), t.createdAt(), t.expiresAt(), Optional.of(now));
    }
}
