package dev.kith.adapter.inmemory.account;

import dev.kith.adapter.inmemory.shared.InMemoryStore;
import dev.kith.adapter.inmemory.shared.Table;
import dev.kith.application.account.port.NameReservations;
import dev.kith.domain.account.EmailAddress;
import dev.kith.domain.account.Username;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The names of erased accounts, kept in the in-memory store by their canonical form. */
public final class InMemoryNameReservations implements NameReservations {

    private final InMemoryStore store;
    private final Table<String, Instant> usernames;
    private final Table<String, Instant> emails;

    public InMemoryNameReservations(InMemoryStore store) {
        this.store = store;
        this.usernames = store.table();
        this.emails = store.table();
    }

    @Override
    public void reserve(Username username, EmailAddress email, Instant until) {
        store.locked(() -> {
            extend(usernames, username.canonical(), until);
            extend(emails, email.canonical(), until);
            return null;
        });
    }

    @Override
    public boolean holdsUsername(Username username, Instant now) {
        return store.locked(() -> usernames.get(username.canonical()).filter(now::isBefore).isPresent());
    }

    @Override
    public boolean holdsEmail(EmailAddress email, Instant now) {
        return store.locked(() -> emails.get(email.canonical()).filter(now::isBefore).isPresent());
    }

    @Override
    public int purgeExpired(Instant now) {
        return store.locked(() -> purge(usernames, now) + purge(emails, now));
    }

    private static void extend(Table<String, Instant> table, String name, Instant until) {
        table.put(name, table.get(name).filter(until::isBefore).orElse(until));
    }

    private static int purge(Table<String, Instant> table, Instant now) {
        List<String> ended = table.entries().stream().filter(e -> !now.isBefore(e.getValue())).map(Map.Entry::getKey).toList();
        ended.forEach(table::remove);
        return ended.size();
    }
}
