package dev.kith.domain.media;

/** Whether an uploaded file is a still or animated image, or a video. */
public enum MediaType {
    IMAGE,
    VIDEO
}
