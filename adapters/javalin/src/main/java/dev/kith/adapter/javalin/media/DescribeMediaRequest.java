package dev.kith.adapter.javalin.media;

import dev.kith.adapter.javalin.internal.JsonFields;
import dev.kith.application.shared.Change;
import java.util.Set;

/**
 * The body of {@code PATCH /api/v1/media/{id}}, a merge patch: an absent {@code description} keeps the alt
 * text, JSON null or a blank string clears it, a string sets it.
 */
public record DescribeMediaRequest(Change<String> description) {

    static final Set<String> FIELDS = Set.of("description");

    static DescribeMediaRequest from(JsonFields body) {
        return new DescribeMediaRequest(body.change("description"));
    }
}
