package dev.kith.adapter.crypto;

/**
 * The cost settings of Argon2id hashing.
 *
 * @param memoryKib memory per hash in KiB ({@code m})
 * @param iterations passes over that memory ({@code t})
 * @param parallelism lanes ({@code p})
 * @param hashLength bytes of output
 * @param saltLength bytes of random salt
 */
public record Argon2Parameters(int memoryKib, int iterations, int parallelism, int hashLength, int saltLength) {

    /**
     * OWASP's recommended minimum: 19 MiB, 2 passes, 1 lane, 32-byte hash, 16-byte salt. Roughly 40–100 ms a
     * hash on one core of a small server.
     */
    public static final Argon2Parameters OWASP = new Argon2Parameters(19_456, 2, 1, 32, 16);

    public Argon2Parameters {
        if (parallelism < 1 || parallelism > 255) {
            throw new IllegalArgumentException("parallelism must be between 1 and 255, was " + parallelism);
        }
        // Argon2 itself needs 8 KiB per lane; less than that is not a valid configuration.
        if (memoryKib < 8 * parallelism) {
            throw new IllegalArgumentException("memoryKib must be at least 8 × parallelism, was " + memoryKib);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, was " + iterations);
        }
        // Below 16 bytes neither the hash nor the salt is worth having.
        if (hashLength < 16 || hashLength > 1024) {
            throw new IllegalArgumentException("hashLength must be between 16 and 1024 bytes, was " + hashLength);
        }
        if (saltLength < 16 || saltLength > 1024) {
            throw new IllegalArgumentException("saltLength must be between 16 and 1024 bytes, was " + saltLength);
        }
    }
}
