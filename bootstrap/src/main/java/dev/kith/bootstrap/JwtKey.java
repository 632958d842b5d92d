package dev.kith.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The JWT signing key: {@code JWT_SECRET} when set, otherwise a 384-bit key generated once and kept in
 * {@code DATA_DIR/jwt-secret} (owner-readable only), so tokens survive restarts.
 */
final class JwtKey {

    static final String FILE_NAME = "jwt-secret";

    private JwtKey() {
    }

    static byte[] resolve(Optional<String> configured, Path dataDir) {
        if (configured.isPresent()) {
            return configured.get().getBytes(StandardCharsets.UTF_8);
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String stored = Files.readString(file, StandardCharsets.US_ASCII).strip();
            byte[] key = Base64.getDecoder().decode(stored);
            if (key.length < 32) {
                throw new ConfigurationException(java.util.List.of(file + " holds a key shorter than 32 bytes; delete it to make a new one"));
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the JWT key at " + file, e);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(java.util.List.of(file + " is not base64; delete it to make a new one"));
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] key = new byte[48];
        new SecureRandom().nextBytes(key);
        Path temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system; the directory's permissions protect the key
            }
            Files.writeString(temp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // another node sharing DATA_DIR created it first; use theirs
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
