package dev.kith.adapter.postgres.seed;

/** Thrown when asked to seed a database that already has accounts, without leave to replace them. */
public final class DatabaseNotEmpty extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long accounts;

    /** The database holds {@code accounts} accounts. */
    public DatabaseNotEmpty(long accounts) {
        super("the database already has " + accounts + " accounts; seeding would have to empty it first");
        this.accounts = accounts;
    }

    /** How many accounts the database holds. */
    public long accounts() {
        return accounts;
    }
}
