package dev.kith.bootstrap;

import dev.kith.adapter.crypto.Argon2Parameters;
import dev.kith.adapter.crypto.Argon2PasswordHasher;
import dev.kith.adapter.postgres.DatabaseUrl;
import dev.kith.adapter.postgres.EmbeddedPostgres;
import dev.kith.adapter.postgres.PostgresDatabase;
import dev.kith.adapter.postgres.seed.DatabaseNotEmpty;
import dev.kith.adapter.postgres.seed.SeedPlan;
import dev.kith.adapter.postgres.seed.SeedResult;
import dev.kith.adapter.postgres.seed.Seeder;
import dev.kith.domain.account.Password;
import dev.kith.domain.account.PasswordHash;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar kith-server.jar seed [options]}: fills the database the server would use (DATABASE_URL, or
 * the embedded PostgreSQL in DATA_DIR) with the deterministic demo data set; see docs/seeding.md.
 */
final class SeedCommand {

    /** The demo accounts' password. */
    static final String PASSWORD = "password";

    static final String USAGE = """
            usage: java -jar kith-server.jar seed [--seed N] [--accounts N] [--follows N] [--posts N]
                                                  [--likes N] [--comments N] [--anchor INSTANT] [--force]
              --seed N         seed of every random choice (default 42)
              --accounts N     accounts user00000 ... (default 10000)
              --follows N      accounts each account follows (default 100)
              --posts N        posts over the 30 days before the anchor (default 200000)
              --likes N        likes (default 1000000)
              --comments N     comments, some of them replies (default 100000)
              --anchor INSTANT end of the data set's time span, e.g. 2025-01-01T00:00:00Z (default: now,
                               to the minute); the same seed, sizes and anchor give identical rows
              --force          empty a database that already has accounts (every table) and seed it
            Every account's password is "password".""";

    private SeedCommand() {
    }

    /** The parsed command line. */
    record Options(SeedPlan plan, boolean force) {
    }

    /** Parses {@code args} (after the word {@code seed}); throws {@link IllegalArgumentException} naming the problem. */
    static Options parse(List<String> args, Instant now) {
        SeedPlan defaults = SeedPlan.defaults(now.truncatedTo(ChronoUnit.MINUTES));
        long seed = defaults.seed();
        int accounts = defaults.accounts();
        int follows = defaults.followsPerAccount();
        int posts = defaults.posts();
        int likes = defaults.likes();
        int comments = defaults.comments();
        Instant anchor = defaults.anchor();
        boolean force = false;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (option.equals("--force")) {
                force = true;
                continue;
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(option.startsWith("--") ? option + " needs a value" : "unknown argument " + option);
            }
            String value = args.get(++i);
            switch (option) {
                case "--seed" -> seed = number(option, value);
                case "--accounts" -> accounts = count(option, value);
                case "--follows" -> follows = count(option, value);
                case "--posts" -> posts = count(option, value);
                case "--likes" -> likes = count(option, value);
                case "--comments" -> comments = count(option, value);
                case "--anchor" -> {
                    try {
                        anchor = Instant.parse(value);
                    } catch (DateTimeParseException e) {
                        throw new IllegalArgumentException("--anchor must be an instant such as 2025-01-01T00:00:00Z, not " + value);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new Options(new SeedPlan(seed, accounts, follows, posts, likes, comments, anchor), force);
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, not " + value);
        }
    }

    private static int count(String option, String value) {
        long parsed = number(option, value);
        if (parsed < 0 || parsed > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(option + " must be between 0 and " + Integer.MAX_VALUE + ", not " + value);
        }
        return (int) parsed;
    }

    /**
     * Runs the command; returns the exit status: 0 done, 1 failed or refused (the database has accounts and
     * {@code --force} is absent), 64 bad usage.
     */
    static int run(Settings settings, List<String> args, PrintStream out, PrintStream err) {
        long started = System.nanoTime();
        Options options;
        try {
            options = parse(args, Instant.now());
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 64;
        }
        PasswordHash hash = hashOnce(settings, out);
        try {
            Files.createDirectories(settings.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create DATA_DIR " + settings.dataDir(), e);
        }
        EmbeddedPostgres embedded = null;
        try {
            DatabaseUrl url;
            if (settings.databaseUrl().isPresent()) {
                url = DatabaseUrl.parse(settings.databaseUrl().get());
                out.println("seeding the database at " + url);
            } else {
                embedded = EmbeddedPostgres.start(settings.dataDir().resolve("postgres"));
                url = embedded.url();
                out.println("seeding the embedded PostgreSQL in " + settings.dataDir().resolve("postgres"));
            }
            try (PostgresDatabase database = PostgresDatabase.connect(url, 2)) {
                out.printf("database ready (migrated) after %.1f s%n", (System.nanoTime() - started) / 1e9);
                // The server's HOME_FEED_FANOUT_LIMIT decides which seeded authors are read on read, as it
                // decides for the authors the server itself meets.
                Seeder seeder = new Seeder(database.dataSource(), out::println, Duration.ofDays(settings.homeFeedDays()),
                        settings.homeFeedFanOutLimit());
                SeedResult result = seeder.seed(options.plan(), hash, options.force());
                out.printf("seeded in %.1f s (%.1f s in all, with the database start): %s%n", result.elapsed().toMillis() / 1e3,
                        (System.nanoTime() - started) / 1e9, summary(result.rows()));
                out.printf("log in as %s ... %s with the password \"%s\"%n", options.plan().username(0),
                        options.plan().username(options.plan().accounts() - 1), PASSWORD);
                return 0;
            }
        } catch (DatabaseNotEmpty e) {
            err.printf("refusing to seed: the database already has %,d accounts. Run `seed --force` to empty every table "
                    + "and replace its content with the demo data set.%n", e.accounts());
            return 1;
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    // Hashed once and shared by every account: Argon2id costs 40-100 ms a hash here, minutes for 10,000 accounts.
    // The demo password is deliberately the most common one, which Password.of refuses for real accounts:
    // demo rows go in by COPY, past the use cases and their password policy, so it is taken as offered.
    private static PasswordHash hashOnce(Settings settings, PrintStream out) {
        long started = System.nanoTime();
        Argon2PasswordHasher hasher = new Argon2PasswordHasher(new Argon2Parameters(settings.argon2MemoryKib(),
                settings.argon2Iterations(), settings.argon2Parallelism(),
                Argon2Parameters.OWASP.hashLength(), Argon2Parameters.OWASP.saltLength()));
        PasswordHash hash = hasher.hash(Password.offered(PASSWORD));
        out.printf("hashed the demo password once with argon2id (m=%d KiB, t=%d, p=%d) in %.2f s; every account shares it%n",
                settings.argon2MemoryKib(), settings.argon2Iterations(), settings.argon2Parallelism(),
                (System.nanoTime() - started) / 1e9);
        return hash;
    }

    private static String summary(Map<String, Long> rows) {
        StringBuilder text = new StringBuilder();
        rows.forEach((table, count) -> text.append(text.length() == 0 ? "" : ", ").append(String.format("%,d %s", count, table)));
        return text.toString();
    }
}
