package dev.kith.adapter.inmemory.media;

import dev.kith.application.media.port.MediaStorage;
import dev.kith.application.media.port.MediaStorageFailure;
import dev.kith.application.media.port.MissingObject;
import dev.kith.application.media.port.StorageKey;
import dev.kith.application.media.port.StoredObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps stored objects as byte arrays in a map, for tests and embedders' test cores: it reads each
 * file whole into memory, so it is no place for real uploads. Never offers direct URLs. Thread-safe.
 */
public final class InMemoryMediaStorage implements MediaStorage {

    private final Map<StorageKey, Entry> objects = new ConcurrentHashMap<>();
    private final Clock clock;

    /** An empty storage that dates what it stores by {@code clock}. */
    public InMemoryMediaStorage(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void put(StorageKey key, Path file, String contentType) {
        Objects.requireNonNull(key, "key");
        StoredObject.requireContentType(contentType);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new MediaStorageFailure("cannot read " + file + " to store it under " + key, e);
        }
        objects.put(key, new Entry(bytes, new StoredObject(bytes.length, contentType, etag(bytes), clock.instant())));
    }

    @Override
    public Optional<StoredObject> stat(StorageKey key) {
        return Optional.ofNullable(objects.get(Objects.requireNonNull(key, "key"))).map(Entry::description);
    }

    @Override
    public InputStream open(StorageKey key, long offset, long length) {
        Objects.requireNonNull(key, "key");
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("offset and length must not be negative");
        }
        Entry entry = objects.get(key);
        if (entry == null) {
            throw new MissingObject(key);
        }
        int from = (int) Math.min(offset, entry.bytes.length);
        int count = (int) Math.min(length, entry.bytes.length - from);
        return new ByteArrayInputStream(entry.bytes, from, count);
    }

    @Override
    public void delete(StorageKey key) {
        objects.remove(Objects.requireNonNull(key, "key"));
    }

    /** Always empty: nothing outside this JVM can reach memory. */
    @Override
    public Optional<URI> directUrl(StorageKey key, Instant expiresAt) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(expiresAt, "expiresAt");
        return Optional.empty();
    }

    /** The keys that hold an object now, for tests that check what was stored or cleaned up. */
    public Set<StorageKey> keys() {
        return Set.copyOf(objects.keySet());
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return '"' + HexFormat.of().formatHex(digest) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private record Entry(byte[] bytes, StoredObject description) {
    }
}
