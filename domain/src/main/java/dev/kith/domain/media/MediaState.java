package dev.kith.domain.media;

/** Where an upload stands: its slow work still running, done, or given up. */
public enum MediaState {
    /** Stored; a video's poster frame is still being made. Cannot be attached yet. */
    PROCESSING,
    /** Ready to attach and to serve. */
    READY,
    /** Its processing failed for good; it is never served and goes with the unattached media. */
    FAILED
}
