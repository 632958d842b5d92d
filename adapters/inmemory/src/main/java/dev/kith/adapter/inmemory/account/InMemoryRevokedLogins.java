package dev.kith.adapter.inmemory.account;

import dev.kith.adapter.inmemory.shared.InMemoryStore;
import dev.kith.adapter.inmemory.shared.Table;
import dev.kith.application.account.port.RevokedLogins;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.LoginSessionId;
import java.time.Instant;

/**
 * Revocations kept in the in-memory store, so they roll back with the transaction that recorded them.
 * One process only: there are no other nodes to tell.
 */
public final class InMemoryRevokedLogins implements RevokedLogins {

    private final InMemoryStore store;
    private final Table<LoginSessionId, Instant> logins;
    private final Table<AccountId, Instant> accounts;

    public InMemoryRevokedLogins(InMemoryStore store) {
        this.store = store;
        this.logins = store.table();
        this.accounts = store.table();
    }

    @Override
    public void revokeLogin(AccountId account, LoginSessionId session, Instant now) {
        store.locked(() -> {
            if (!logins.containsKey(session)) {
                logins.put(session, now);
            }
            return null;
        });
    }

    @Override
    public void revokeAccount(AccountId account, Instant now) {
        store.locked(() -> {
            if (!accounts.containsKey(account)) {
                accounts.put(account, now);
            }
            return null;
        });
    }

    @Override
    public boolean isRevoked(AccountId account, LoginSessionId session) {
        return store.locked(() -> logins.containsKey(session) || accounts.containsKey(account));
    }

    @Override
    public int purgeBefore(Instant cutoff) {
        return store.locked(() -> {
            int before = logins.size() + accounts.size();
            logins.removeIf(at -> at.isBefore(cutoff));
            accounts.removeIf(at -> at.isBefore(cutoff));
            return before - logins.size() - accounts.size();
        });
    }
}
