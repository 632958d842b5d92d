package dev.kith.adapter.javalin.internal;

import dev.kith.application.shared.PageRequest;
import io.javalin.http.Context;

/** Reads the {@code limit} and {@code cursor} query parameters every paginated list takes. */
public final class PageParameters {

    private PageParameters() {
    }

    /**
     * The page the request asks for. The limit is checked here (400 {@code validation_failed} naming
     * {@code limit} when it is not a whole number from 1 to 100); the cursor when the use case reads it.
     */
    public static PageRequest of(Context ctx) {
        return PageRequest.parse(ctx.queryParam("limit"), ctx.queryParam("cursor"));
    }
}
