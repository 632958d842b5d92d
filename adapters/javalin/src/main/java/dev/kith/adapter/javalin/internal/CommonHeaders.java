package dev.kith.adapter.javalin.internal;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Headers every response carries: a request id to correlate logs, and the security headers an API that
 * serves no HTML still wants (browsers must not sniff, frame or cache what it returns).
 */
public final class CommonHeaders {

    /** The header that carries the request id, in both directions. */
    public static final String REQUEST_ID = "X-Request-Id";

    private static final String ATTRIBUTE = "kith.requestId";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private CommonHeaders() {
    }

    /** Runs before every request. */
    public static void apply(Context ctx) {
        ctx.header(REQUEST_ID, requestId(ctx));
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
        // responses carry tokens and personal data; the published API document alone may be cached
        ctx.header("Cache-Control", ctx.path().equals("/openapi.json") ? "public, max-age=300" : "no-store");
    }

    /**
     * The id of this request: the caller's {@code X-Request-Id} when it is a sane token (so a proxy's id
     * carries through), otherwise a fresh one.
     */
    public static String requestId(Context ctx) {
        String known = ctx.attribute(ATTRIBUTE);
        if (known != null) {
            return known;
        }
        String offered = ctx.header(REQUEST_ID);
        String id = offered != null && SAFE_ID.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        ctx.attribute(ATTRIBUTE, id);
        return id;
    }
}
