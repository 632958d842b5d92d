package dev.kith.adapter.filesystem;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import dev.kith.application.media.port.MediaStorage;
import dev.kith.application.media.port.MediaStorageFailure;
import dev.kith.application.media.port.MissingObject;
import dev.kith.application.media.port.StorageKey;
import dev.kith.application.media.port.StoredObject;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps stored objects as plain files under a root directory, the object under key {@code k} in
 * {@code root/k}, for a single server that streams media itself ({@link #directUrl} is always empty).
 *
 * <p>Beside each object a hidden sidecar {@code .<name>.meta} holds its content type and the SHA-256 of
 * its bytes, computed while they were copied in; the quoted hex SHA-256 is the object's ETag. No key
 * can name a sidecar or a temporary file, as key segments never start with a dot. A put copies the
 * file to a temporary file in the target directory, forces it to disk and moves it into place with an
 * atomic rename, sidecar first and object second: an object never exists without its sidecar, and a
 * reader sees the old bytes or the new ones, never a mix. While an object is replaced, a
 * {@link #stat} may for an instant pair the old bytes with the new type and ETag (replacing is rare:
 * every upload gets a fresh key). Open streams keep reading the bytes they were opened on.
 *
 * <p>A key cannot be both an object and a directory of other keys ({@code a/b} and {@code a/b/c}); a
 * put that would need that fails with a {@link MediaStorageFailure}. Directories emptied by deletes
 * stay. Thread-safe: every call works on the file system alone.
 */
public final class FileSystemMediaStorage implements MediaStorage {

    private static final String OCTET_STREAM = "application/octet-stream";

    private final Path root;

    /** A storage under {@code root}, which is created, with the directories inside it, as objects are put. */
    public FileSystemMediaStorage(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    @Override
    public void put(StorageKey key, Path file, String contentType) {
        StoredObject.requireContentType(contentType);
        Objects.requireNonNull(file, "file");
        Path target = pathOf(key);
        Path directory = target.getParent();
        Path data = null;
        Path meta = null;
        try {
            Files.createDirectories(directory);
            data = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
            MessageDigest sha256 = sha256();
            try (InputStream in = Files.newInputStream(file)) {
                writeDurably(data, out -> in.transferTo(new DigestOutputStream(out, sha256)));
            }
            String sidecar = "content-type=" + contentType + "\nsha-256=" + HexFormat.of().formatHex(sha256.digest()) + "\n";
            meta = Files.createTempFile(directory, "." + target.getFileName() + ".meta.", ".tmp");
            writeDurably(meta, out -> out.write(sidecar.getBytes(UTF_8)));
            Files.move(meta, sidecarOf(target), ATOMIC_MOVE, REPLACE_EXISTING);
            Files.move(data, target, ATOMIC_MOVE, REPLACE_EXISTING);
            forceDirectory(directory);
        } catch (IOException e) {
            throw new MediaStorageFailure("cannot store " + file + " under " + key + " in " + root, e);
        } finally {
            deleteQuietly(data);
            deleteQuietly(meta);
        }
    }

    @Override
    public Optional<StoredObject> stat(StorageKey key) {
        Path target = pathOf(key);
        try {
            Optional<BasicFileAttributes> attributes = regularFile(target);
            if (attributes.isEmpty()) {
                return Optional.empty();
            }
            BasicFileAttributes file = attributes.get();
            Instant modified = file.lastModifiedTime().toInstant();
            Map<String, String> sidecar = readSidecar(sidecarOf(target));
            String etag = sidecar.containsKey("sha-256")
                    ? sidecar.get("sha-256")
                    : Long.toHexString(file.size()) + "-" + Long.toHexString(modified.toEpochMilli());
            return Optional.of(new StoredObject(file.size(), sidecar.getOrDefault("content-type", OCTET_STREAM),
                    '"' + etag + '"', modified));
        } catch (IOException e) {
            throw new MediaStorageFailure("cannot describe " + key + " in " + root, e);
        }
    }

    @Override
    public InputStream open(StorageKey key, long offset, long length) {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length must not be negative");
        }
        Path target = pathOf(key);
        FileChannel channel = null;
        try {
            if (regularFile(target).isEmpty()) {
                throw new MissingObject(key);
            }
            channel = FileChannel.open(target, StandardOpenOption.READ);
            channel.position(offset);
            return new Range(Channels.newInputStream(channel), length);
        } catch (NoSuchFileException e) {
            throw new MissingObject(key);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new MediaStorageFailure("cannot read " + key + " in " + root, e);
        }
    }

    @Override
    public void delete(StorageKey key) {
        Path target = pathOf(key);
        try {
            if (!Files.isDirectory(target)) {
                Files.deleteIfExists(target);
            }
            Files.deleteIfExists(sidecarOf(target));
        } catch (IOException e) {
            throw new MediaStorageFailure("cannot delete " + key + " in " + root, e);
        }
    }

    /** Always empty: the server streams these files itself. */
    @Override
    public Optional<URI> directUrl(StorageKey key, Instant expiresAt) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(expiresAt, "expiresAt");
        return Optional.empty();
    }

    /** The directory that holds everything, absolute. */
    public Path root() {
        return root;
    }

    private Path pathOf(StorageKey key) {
        return inside(root, Objects.requireNonNull(key, "key").value());
    }

    /**
     * {@code root/relative}, refused unless it lies strictly inside {@code root}: a second guard behind
     * {@link StorageKey}'s shape, so that a mistake there cannot reach the rest of the disk.
     */
    static Path inside(Path root, String relative) {
        Path resolved = root.resolve(relative).normalize();
        if (!resolved.startsWith(root) || resolved.equals(root)) {
            throw new IllegalArgumentException("a key must stay inside the storage root: " + relative);
        }
        return resolved;
    }

    private static Path sidecarOf(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".meta");
    }

    private static Optional<BasicFileAttributes> regularFile(Path path) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return attributes.isRegularFile() ? Optional.of(attributes) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> readSidecar(Path sidecar) throws IOException {
        Map<String, String> fields = new HashMap<>();
        try {
            for (String line : Files.readAllLines(sidecar, UTF_8)) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    fields.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
        } catch (NoSuchFileException e) {
            // only if a put or a delete of the same key died between its two steps: describe the bytes as they are
        }
        return fields;
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static void writeDurably(Path file, Writing writing) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            OutputStream out = Channels.newOutputStream(channel);
            writing.to(out);
            out.flush();
            channel.force(true);
        }
    }

    /** Makes the renames survive a crash too, where the platform allows opening a directory (Linux does). */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the object is in place; only its durability across a power loss is left to the file system
        }
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // a stray hidden temporary file; no key can ever name it
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // already failing; the first error is the one to report
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** At most {@code remaining} bytes of a stream. */
    private static final class Range extends FilterInputStream {
        private long remaining;

        Range(InputStream in, long length) {
            super(in);
            this.remaining = length;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (remaining <= 0) {
                return -1;
            }
            int read = super.read(buffer, offset, (int) Math.min(length, remaining));
            if (read > 0) {
                remaining -= read;
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, remaining));
            remaining -= skipped;
            return skipped;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(super.available(), remaining);
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
