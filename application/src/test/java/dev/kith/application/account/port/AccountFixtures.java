package dev.kith.application.account.port;

import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.EmailAddress;
import dev.kith.domain.account.PasswordHash;
import dev.kith.domain.account.Username;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Test data for the account ports. Instants are whole microseconds, the precision storage keeps. */
public final class AccountFixtures {

    /** A fixed moment every contract starts from. */
    public static final Instant T0 = Instant.parse("2026-11-23T18:00:00.123456Z");

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() & 0xFFFFFFFFL);

    private AccountFixtures() {
    }

    /** A time-ordered-looking, unique id for tests. */
    public static UUID uuid() {
        long n = SEQUENCE.incrementAndGet();
        return new UUID(0x0190_0000_0000_7000L | (n << 16 & 0x0000_FFFF_FFFF_0000L), 0x8000_0000_0000_0000L | n);
    }

    /** An unverified account with a unique name and address. */
    public static Account account() {
        String name = "user_" + Long.toString(SEQUENCE.incrementAndGet(), 36);
        return Account.create(new AccountId(uuid()), new Username(name), new EmailAddress(name + "@example.com"),
                new PasswordHash("$test$" + name), T0);
    }

    /** An account with the given username and email address. */
    public static Account account(String username, String email) {
        return Account.create(new AccountId(uuid()), new Username(username), new EmailAddress(email),
                new PasswordHash("$test$" + username), T0);
    }

    /** {@code instant} cut to microseconds. */
    public static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
