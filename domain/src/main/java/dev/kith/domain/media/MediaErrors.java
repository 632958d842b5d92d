package dev.kith.domain.media;

import dev.kith.domain.shared.FieldError;
import dev.kith.domain.shared.InvalidInput;
import dev.kith.domain.shared.TooLarge;
import dev.kith.domain.shared.UnsupportedType;
import java.util.List;

/** The failures of media uploads. */
public final class MediaErrors {

    private MediaErrors() {
    }

    /** The file's bytes are none of the accepted formats (JPEG, PNG, WebP, GIF, MP4, WebM). */
    public static final class UnsupportedMediaType extends UnsupportedType {
        public UnsupportedMediaType() {
            this("Only JPEG, PNG, WebP and GIF images and MP4 and WebM videos are accepted.");
        }

        /** Says more precisely what was refused, such as a QuickTime movie or a Matroska file. */
        public UnsupportedMediaType(String message) {
            super("unsupported_media_type", message);
        }
    }

    /** The upload has more bytes than the limit for its kind allows. */
    public static final class MediaTooLarge extends TooLarge {
        public MediaTooLarge(long maxBytes) {
            super("payload_too_large", "The file is larger than the limit of " + maxBytes + " bytes.");
        }
    }

    /** The image is too big in pixels to be decoded safely, whatever its size in bytes. */
    public static final class ImageTooLarge extends TooLarge {
        private ImageTooLarge(String message) {
            super("payload_too_large", message);
        }

        /** The image has more than {@code maxPixels} pixels (width times height, or all frames together). */
        public static ImageTooLarge pixels(long maxPixels) {
            return new ImageTooLarge("Images may have at most " + maxPixels + " pixels.");
        }

        /** The animated image is wider or taller than {@code maxSide} pixels. */
        public static ImageTooLarge animationSide(int maxSide) {
            return new ImageTooLarge("Animated images may be at most " + maxSide + " pixels wide and high.");
        }
    }

    /** The file starts like an accepted format but is broken or not what it claims to be. */
    public static final class InvalidMedia extends InvalidInput {
        /** {@code reason} says what is wrong, for the client, such as "the image data is truncated". */
        public InvalidMedia(String reason) {
            super("invalid_media", "file: " + reason, List.of(new FieldError("file", reason)));
        }
    }

    /** No such media, or not the caller's. */
    public static final class MediaNotFound extends dev.kith.domain.shared.NotFound {
        public MediaNotFound() {
            super("not_found", "No such media.");
        }
    }

    /** The media cannot be attached: still processing, failed, in use already, or of the wrong type. */
    public static final class MediaNotAttachable extends dev.kith.domain.shared.Conflict {
        public MediaNotAttachable(String code, String message) {
            super(code, message);
        }

        /** Still processing (a video's poster frame): attach it once {@code state} is {@code ready}. */
        public static MediaNotAttachable notReady() {
            return new MediaNotAttachable("media_not_ready", "The media is still processing; attach it once its state is ready.");
        }

        /** Attached to a post, an avatar or a story already. */
        public static MediaNotAttachable inUse() {
            return new MediaNotAttachable("media_in_use", "The media is attached to something already; upload it again.");
        }
    }
}
