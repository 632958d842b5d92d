package dev.kith.adapter.crypto;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import dev.kith.application.account.port.PasswordHasher;
import dev.kith.domain.account.Password;
import dev.kith.domain.account.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hashes passwords with Argon2id into PHC strings such as {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}.
 * Thread-safe.
 *
 * <p>Password4j is used only for the Argon2 computation itself: this class draws the salt and writes and
 * parses the PHC string, so Password4j never reads its {@code psw4j.properties}, prints its banner or chooses a
 * random source of its own.
 */
public final class Argon2PasswordHasher implements PasswordHasher {

    private static final int VERSION_13 = 0x13;

    private static final Pattern PHC = Pattern.compile(
            "\\$(argon2id|argon2i|argon2d)\\$v=(\\d{1,3})\\$m=(\\d{1,10}),t=(\\d{1,10}),p=(\\d{1,3})"
                    + "\\$([A-Za-z0-9+/]{11,1400})\\$([A-Za-z0-9+/]{6,1400})");

    // Caps on what a stored hash may demand, so that a corrupted row cannot make one login allocate gigabytes
    // (Password4j also keeps a block of that size per parameter set for the life of the process).
    private static final int MEMORY_CAP_KIB = 256 * 1024;
    private static final int ITERATIONS_CAP = 64;

    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final Argon2Parameters parameters;
    private final Argon2Function function;
    private final SecureRandom random = new SecureRandom();
    private final Semaphore computing;

    /**
     * A hasher that makes new hashes with {@code parameters} and asks for a rehash of any hash made with less.
     * It verifies hashes made with other parameters too, so parameters can be raised without locking anyone out.
     * At most one hash per available processor is computed at a time.
     */
    public Argon2PasswordHasher(Argon2Parameters parameters) {
        this(parameters, Runtime.getRuntime().availableProcessors());
    }

    /**
     * As {@link #Argon2PasswordHasher(Argon2Parameters)}, computing at most {@code maxConcurrent} hashes at a
     * time; the others wait their turn. Argon2 is memory-hard: each computation fills {@code memoryKib} of RAM,
     * so running more of them than there are cores only makes them evict each other from the caches, which
     * measurably lowers throughput, and multiplies the memory held at once.
     */
    public Argon2PasswordHasher(Argon2Parameters parameters, int maxConcurrent) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("maxConcurrent must be at least 1, was " + maxConcurrent);
        }
        this.computing = new Semaphore(maxConcurrent, true);
        this.function = Argon2Function.getInstance(parameters.memoryKib(), parameters.iterations(),
                parameters.parallelism(), parameters.hashLength(), Argon2.ID, VERSION_13);
    }

    @Override
    public PasswordHash hash(Password password) {
        byte[] salt = new byte[parameters.saltLength()];
        random.nextBytes(salt);
        byte[] hash = compute(function, password, salt);
        return new PasswordHash("$argon2id$v=" + VERSION_13 + "$m=" + parameters.memoryKib() + ",t="
                + parameters.iterations() + ",p=" + parameters.parallelism() + "$" + ENCODER.encodeToString(salt)
                + "$" + ENCODER.encodeToString(hash));
    }

    @Override
    public boolean verify(Password password, PasswordHash hash) {
        Optional<Phc> parsed = Phc.parse(hash.encoded());
        if (parsed.isEmpty() || !affordable(parsed.get())) {
            return false;
        }
        Phc phc = parsed.get();
        try {
            Argon2Function stored = Argon2Function.getInstance(phc.memoryKib(), phc.iterations(), phc.parallelism(),
                    phc.hash().length, phc.variant(), phc.version());
            return MessageDigest.isEqual(compute(stored, password, phc.salt()), phc.hash());
        } catch (RuntimeException invalidParameters) {
            // Password4j refuses some combinations the pattern lets through; such a hash matches nothing.
            return false;
        }
    }

    @Override
    public boolean needsRehash(PasswordHash hash) {
        // A hash this hasher would refuse to verify counts as one to replace, like a malformed one.
        return Phc.parse(hash.encoded())
                .map(phc -> !affordable(phc)
                        || phc.variant() != Argon2.ID
                        || phc.version() != VERSION_13
                        || phc.memoryKib() < parameters.memoryKib()
                        || phc.iterations() < parameters.iterations()
                        || phc.parallelism() < parameters.parallelism()
                        || phc.hash().length < parameters.hashLength()
                        || phc.salt().length < parameters.saltLength())
                .orElse(true);
    }

    private boolean affordable(Phc phc) {
        return phc.memoryKib() <= Math.max(MEMORY_CAP_KIB, parameters.memoryKib())
                && phc.iterations() <= Math.max(ITERATIONS_CAP, parameters.iterations());
    }

    private byte[] compute(Argon2Function function, Password password, byte[] salt) {
        byte[] plain = password.reveal().getBytes(StandardCharsets.UTF_8);
        computing.acquireUninterruptibly();
        try {
            return function.hash(plain, salt).getBytes();
        } finally {
            computing.release();
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** The parts of an Argon2 PHC string. */
    private record Phc(Argon2 variant, int version, int memoryKib, int iterations, int parallelism, byte[] salt,
                       byte[] hash) {

        static Optional<Phc> parse(String encoded) {
            Matcher m = PHC.matcher(encoded);
            if (!m.matches()) {
                return Optional.empty();
            }
            try {
                Argon2 variant = switch (m.group(1)) {
                    case "argon2id" -> Argon2.ID;
                    case "argon2i" -> Argon2.I;
                    default -> Argon2.D;
                };
                int version = Integer.parseInt(m.group(2));
                int memory = Integer.parseInt(m.group(3));
                int iterations = Integer.parseInt(m.group(4));
                int parallelism = Integer.parseInt(m.group(5));
                if ((version != 0x10 && version != VERSION_13) || iterations < 1 || parallelism < 1
                        || memory < 8 * parallelism) {
                    return Optional.empty();
                }
                return Optional.of(new Phc(variant, version, memory, iterations, parallelism,
                        DECODER.decode(m.group(6)), DECODER.decode(m.group(7))));
            } catch (IllegalArgumentException notANumberOrNotBase64) {
                return Optional.empty();
            }
        }
    }
}
