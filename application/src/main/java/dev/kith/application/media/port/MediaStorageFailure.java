package dev.kith.application.media.port;

/**
 * A {@link MediaStorage} could not do what was asked (a disk, network or object-store error); trying
 * again later may succeed. The store's own exception, if any, is the cause.
 */
public class MediaStorageFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MediaStorageFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
