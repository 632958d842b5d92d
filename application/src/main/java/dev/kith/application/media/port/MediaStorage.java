package dev.kith.application.media.port;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the bytes of uploaded media (originals and their renditions) under {@link StorageKey}s: a
 * local directory, an S3 bucket, or memory in tests. It holds bytes and a content type, nothing about
 * who owns them: the media context's repository keeps that, and decides who may read what.
 *
 * <p>Thread-safe. Its calls are slow (disk or network) and never made inside a database transaction.
 * Every failure of the store itself surfaces as an unchecked {@link MediaStorageFailure}; an absent
 * object is {@link Optional#empty()} or a {@link MissingObject}, never a failure.
 */
public interface MediaStorage {

    /**
     * Stores the bytes of {@code file} under {@code key}, replacing whatever the key held. The bytes are
     * streamed, never held in memory whole, and the object appears atomically: a concurrent reader sees
     * the previous object (or none) or the whole new one, never part of it. The file is left where it is.
     *
     * @param key where to store it
     * @param file a readable regular file, read once from its start to its end
     * @param contentType the media type to serve it with, such as {@code image/jpeg}; {@link #stat}
     *     gives it back unchanged, except that some S3-compatible stores drop the spaces between
     *     parameters ({@code text/plain;charset=utf-8})
     * @throws MediaStorageFailure when the file cannot be read or the store cannot take the bytes; the
     *     key then holds what it held before
     * @throws IllegalArgumentException when {@code contentType} is blank or not printable ASCII
     *     ({@link StoredObject#requireContentType})
     */
    void put(StorageKey key, Path file, String contentType);

    /**
     * Describes the object under {@code key}.
     *
     * @return its size, content type, entity tag and modification time, or empty when the key holds nothing
     * @throws MediaStorageFailure when the store cannot be asked
     */
    Optional<StoredObject> stat(StorageKey key);

    /**
     * Opens a byte range of the object under {@code key}, as an HTTP {@code Range} request needs it. The
     * caller reads and closes the stream; reads throw {@link java.io.IOException} when the store fails
     * midway. A stream opened before the object is replaced or deleted may go on reading the old bytes
     * or may fail, depending on the store.
     *
     * @param offset the first byte to read, from 0; at or past the end, the stream is empty
     * @param length how many bytes to read at most: a range that runs past the end stops at the end, so
     *     {@code Long.MAX_VALUE} reads to the end; 0 gives an empty stream
     * @return the bytes from {@code offset}, at most {@code length} of them
     * @throws MissingObject when the key holds nothing
     * @throws MediaStorageFailure when the store cannot be read
     * @throws IllegalArgumentException when {@code offset} or {@code length} is negative
     */
    InputStream open(StorageKey key, long offset, long length);

    /**
     * Removes the object under {@code key}. Removing an absent object does nothing: deleting is idempotent.
     *
     * @throws MediaStorageFailure when the store cannot remove it; it may then still be there
     */
    void delete(StorageKey key);

    /**
     * A URL from which a browser can fetch the object itself, bypassing the server: an S3 store answers
     * a presigned {@code GET} URL that works until about {@code expiresAt}, or, when the bucket is
     * served publicly, its public URL (which does not expire). A store that cannot be reached from
     * outside, such as a local directory, answers empty, and the server streams the object through
     * {@link #open} instead. The URL is made without asking the store whether the object exists.
     *
     * @param expiresAt when a signed URL should stop working; must be in the future (S3 also caps it at
     *     seven days from now)
     * @return the URL, or empty when the object is to be served by the server
     * @throws IllegalArgumentException when a signed URL is made and {@code expiresAt} is not in the
     *     future or further than the store allows
     * @throws MediaStorageFailure when the URL cannot be made
     */
    Optional<URI> directUrl(StorageKey key, Instant expiresAt);
}
