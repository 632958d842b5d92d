package dev.kith.application.media.port;

import java.util.NoSuchElementException;
import java.util.Objects;

/** A {@link MediaStorage} holds nothing under the key that was asked for. */
public class MissingObject extends NoSuchElementException {
    private static final long serialVersionUID = 1L;

    private final transient StorageKey key;

    public MissingObject(StorageKey key) {
        super("no stored object under " + Objects.requireNonNull(key, "key"));
        this.key = key;
    }

    /** The key that holds nothing. */
    public StorageKey key() {
        return key;
    }
}
