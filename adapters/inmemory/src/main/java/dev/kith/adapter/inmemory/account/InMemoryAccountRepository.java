package dev.kith.adapter.inmemory.account;

import dev.kith.adapter.inmemory.shared.InMemoryStore;
import dev.kith.adapter.inmemory.shared.Table;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.EmailAddress;
import dev.kith.domain.account.Username;
import java.util.Optional;

/** Accounts kept in the in-memory store. */
public final class InMemoryAccountRepository implements AccountRepository {

    private final InMemoryStore store;
    private final Table<AccountId, Account> rows;

    public InMemoryAccountRepository(InMemoryStore store) {
        this.store = store;
        this.rows = store.table();
    }

    @Override
    public void add(Account account) {
        store.locked(() -> {
            if (rows.values().anyMatch(a -> a.username().canonical().equals(account.username().canonical()))) {
                throw new AccountErrors.UsernameTaken();
            }
            if (rows.values().anyMatch(a -> a.email().canonical().equals(account.email().canonical()))) {
                throw new AccountErrors.EmailTaken();
            }
            rows.put(account.id(), stored(account, account.version()));
            return null;
        });
    }

    @Override
    public void update(Account account) {
        store.locked(() -> {
            Account current = rows.get(account.id()).orElseThrow(AccountErrors.AccountNotFound::new);
            if (current.version() != account.version()) {
                throw new AccountErrors.ConcurrentAccountChange();
            }
            rows.put(account.id(), stored(account, account.version() + 1));
            return null;
        });
    }

    @Override
    public Optional<Account> findById(AccountId id) {
        return store.locked(() -> rows.get(id));
    }

    @Override
    public Optional<Account> findByUsername(Username username) {
        return store.locked(() -> rows.values()
                .filter(a -> a.username().canonical().equals(username.canonical()))
                .findFirst());
    }

    @Override
    public Optional<Account> findByEmail(EmailAddress email) {
        return store.locked(() -> rows.values()
                .filter(a -> a.email().canonical().equals(email.canonical()))
                .findFirst());
    }

    @Override
    public void delete(AccountId id) {
        store.locked(() -> {
            if (rows.containsKey(id)) {
                rows.remove(id);
                store.erase(id);
            }
            return null;
        });
    }

    /** Every account, for the in-memory queries of other contexts. */
    public java.util.List<Account> all() {
        return store.locked(() -> rows.values().toList());
    }

    private static Account stored(Account a, long version) {
        return Account.restore(a.id(), a.username(), a.email(), a.passwordHash(), a.emailVerifiedAt(), a.profile(),
                a.createdAt(), version);
    }
}
