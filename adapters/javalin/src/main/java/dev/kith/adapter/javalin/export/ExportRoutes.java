package dev.kith.adapter.javalin.export;

import dev.kith.adapter.javalin.internal.BearerAuthentication;
import dev.kith.adapter.javalin.internal.HttpProblem;
import dev.kith.adapter.javalin.internal.Routes;
import dev.kith.application.export.Exports;
import dev.kith.application.export.OpenExportArchive;
import dev.kith.application.shared.Actor;
import dev.kith.domain.export.ExportErrors;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account's exports: ask for one, follow it, download its archive. Only the owner sees an export; anyone
 * else gets 404, as for a missing one.
 */
public final class ExportRoutes implements Routes {

    private static final Logger LOG = LoggerFactory.getLogger(ExportRoutes.class);

    private final Exports exports;
    private final BearerAuthentication authentication;

    /** Serves {@code exports} to signed-in callers. */
    public ExportRoutes(Exports exports, BearerAuthentication authentication) {
        this.exports = exports;
        this.authentication = authentication;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/api/v1/me/exports", this::request);
        routes.get("/api/v1/me/exports/{id}", this::get);
        routes.get("/api/v1/me/exports/{id}/download", this::download);
    }

    private void request(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        ExportResponse export;
        try {
            export = ExportResponse.of(exports.request().execute(actor));
        } catch (ExportErrors.ExportTooSoon e) {
            long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
            throw new HttpProblem(429, e.code(), e.getMessage(), Map.of("Retry-After", Long.toString(seconds)));
        }
        ctx.header("Location", "/api/v1/me/exports/" + export.id());
        ctx.status(202).json(export);
    }

    private void get(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        ctx.header("Cache-Control", "no-store");
        ctx.json(ExportResponse.of(exports.get().execute(actor, ctx.pathParam("id"))));
    }

    // signed in, or through the signed link of the ready mail (expires and signature), which needs no sign-in
    private void download(Context ctx) {
        String signature = ctx.queryParam("signature");
        OpenExportArchive.Archive archive = signature != null && ctx.header("Authorization") == null
                ? exports.openMailedArchive().execute(ctx.pathParam("id"), ctx.queryParam("expires"), signature)
                : exports.openArchive().execute(authentication.signedIn(ctx), ctx.pathParam("id"));
        InputStream in = archive.open();
        ctx.status(200);
        ctx.res().setCharacterEncoding(null);  // a zip has no charset
        ctx.res().setContentType("application/zip");
        ctx.header("Content-Disposition", "attachment; filename=\"" + archive.fileName() + "\"");
        ctx.header("Cache-Control", "private, no-store");
        ctx.res().setContentLengthLong(archive.size());
        // straight to the socket, a buffer at a time: never the whole archive in memory
        try (in; OutputStream out = ctx.res().getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            LOG.debug("sending an export archive stopped early: {}", e.toString());
        }
    }
}
