package dev.kith.adapter.javalin.internal;

import dev.kith.application.account.Authenticate;
import dev.kith.application.shared.Actor;
import io.javalin.http.Context;

/**
 * Turns the {@code Authorization: Bearer <token>} header into the {@link Actor} a use case needs. A missing
 * header, another scheme or a bad token all end as the core's 401. Thread-safe.
 */
public final class BearerAuthentication {

    private static final String SCHEME = "bearer ";

    private final Authenticate authenticate;

    /** Checks tokens with the core's {@code authenticate} use case. */
    public BearerAuthentication(Authenticate authenticate) {
        this.authenticate = authenticate;
    }

    /**
     * The signed-in actor of this request.
     *
     * @throws dev.kith.domain.shared.Unauthenticated when there is no valid bearer token
     */
    public Actor signedIn(Context ctx) {
        return authenticate.execute(Actor.anonymous(), new Authenticate.Command(bearerToken(ctx)));
    }

    /** The token after {@code Bearer } (the scheme is case-insensitive), or {@code null}. */
    public static String bearerToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.length() <= SCHEME.length()
                || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        return header.substring(SCHEME.length()).strip();
    }
}
