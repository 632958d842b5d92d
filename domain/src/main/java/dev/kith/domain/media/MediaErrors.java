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
}
