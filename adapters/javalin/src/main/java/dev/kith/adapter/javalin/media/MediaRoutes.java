package dev.kith.adapter.javalin.media;

import dev.kith.adapter.javalin.internal.BearerAuthentication;
import dev.kith.adapter.javalin.internal.JsonBodies;
import dev.kith.adapter.javalin.internal.Routes;
import dev.kith.application.media.DescribeMedia;
import dev.kith.application.media.GetMedia;
import dev.kith.application.media.MediaLibrary;
import dev.kith.application.media.OpenMediaFile;
import dev.kith.application.media.UploadMedia;
import dev.kith.application.media.port.MissingObject;
import dev.kith.application.media.port.StoredObject;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.Change;
import dev.kith.domain.media.Media;
import dev.kith.domain.media.MediaErrors;
import dev.kith.domain.shared.TooLarge;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads ({@code POST /api/v1/media}, streamed: see {@link MultipartUpload}), their owner's view and alt
 * text, and the files behind the server's signed media links ({@code GET /media/{key}}, public: the link is
 * the permission), with ranges, entity tags and caching up to the link's expiry.
 */
public final class MediaRoutes implements Routes {

    private static final Logger LOG = LoggerFactory.getLogger(MediaRoutes.class);

    private final MediaLibrary media;
    private final BearerAuthentication authentication;
    private final JsonBodies bodies;
    private final MultipartUpload uploads;

    /** Serves {@code media}; uploads may be as large as its largest limit, whatever the JSON body limit. */
    public MediaRoutes(MediaLibrary media, BearerAuthentication authentication, JsonBodies bodies) {
        this.media = media;
        this.authentication = authentication;
        this.bodies = bodies;
        this.uploads = new MultipartUpload(media.settings().maxUploadBytes());
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/api/v1/media", this::upload);
        routes.get("/api/v1/media/{id}", this::get);
        routes.patch("/api/v1/media/{id}", this::describe);
        routes.get("/media/<key>", this::file);
        // Javalin's own HEAD (the GET handler, its body counted and dropped) would read the whole file
        routes.head("/media/<key>", this::file);
    }

    private void upload(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        MultipartUpload.Result<Media> result;
        try {
            result = uploads.read(ctx, (content, description) ->
                    media.upload().execute(actor, new UploadMedia.Command(content, description)));
        } catch (TooLarge e) {
            // the rest of the body is left unread: the connection closes after the 413
            ctx.header("Connection", "close");
            throw e;
        }
        Media stored = result.stored();
        if (result.lateDescription().isPresent()) {
            stored = media.describe().execute(actor, new DescribeMedia.Command(stored.id().toString(),
                    result.lateDescription()));
        }
        ctx.header("Location", "/api/v1/media/" + stored.id());
        ctx.status(201).json(MediaResponse.of(stored, media.links()));
    }

    private void get(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        Media found = media.get().execute(actor, new GetMedia.Command(ctx.pathParam("id")));
        ctx.json(MediaResponse.of(found, media.links()));
    }

    private void describe(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        DescribeMediaRequest request = bodies.parse(ctx, DescribeMediaRequest.FIELDS, DescribeMediaRequest::from);
        String id = ctx.pathParam("id");
        Change<String> change = request.description();
        Media described = change instanceof Change.Keep<String>
                ? media.get().execute(actor, new GetMedia.Command(id))
                : media.describe().execute(actor, new DescribeMedia.Command(id, change instanceof Change.Set<String> set
                        ? Optional.of(set.value()) : Optional.empty()));
        ctx.json(MediaResponse.of(described, media.links()));
    }

    private void file(Context ctx) {
        OpenMediaFile.File file = media.openFile().execute(Actor.anonymous(), new OpenMediaFile.Command(
                ctx.pathParam("key"), expires(ctx.queryParam("expires")), ctx.queryParam("signature")));
        StoredObject info = file.info();
        ctx.header("ETag", info.etag());
        // the link is a capability handed to one viewer: no shared cache, and no caching past its expiry
        ctx.header("Cache-Control", "private, max-age=" + file.validFor().toSeconds() + ", immutable");
        ctx.header("Accept-Ranges", "bytes");
        ctx.header("Content-Disposition", "inline");
        if (matches(ctx.header("If-None-Match"), info.etag())) {
            ctx.status(304);
            return;
        }
        ByteRange.Request request = rangeApplies(ctx, info) ? ByteRange.parse(ctx.header("Range"), info.size())
                : new ByteRange.Whole();
        long first = 0;
        long length = info.size();
        if (request instanceof ByteRange.Unsatisfiable) {
            ctx.header("Content-Range", "bytes */" + info.size());
            ctx.status(416);
            ctx.res().setContentLengthLong(0);
            return;
        }
        if (request instanceof ByteRange.Partial partial) {
            first = partial.range().first();
            length = partial.range().length();
            ctx.status(206);
            ctx.header("Content-Range", "bytes " + first + "-" + partial.range().last() + "/" + info.size());
        } else {
            ctx.status(200);
        }
        // as stored, without the charset the server would otherwise add to every type
        ctx.res().setCharacterEncoding(null);
        ctx.res().setContentType(info.contentType());
        ctx.res().setContentLengthLong(length);
        if ("HEAD".equals(ctx.req().getMethod())) {
            commit(ctx);
            return;
        }
        stream(ctx, file, first, length);
    }

    /** Sends the headers as they are: Javalin would otherwise answer a HEAD with the length of its empty result. */
    private static void commit(Context ctx) {
        try {
            ctx.res().flushBuffer();
        } catch (IOException e) {
            LOG.debug("answering a HEAD stopped early: {}", e.toString());
        }
    }

    /** Copies the bytes straight to the socket, a buffer at a time: never the whole file in memory. */
    private static void stream(Context ctx, OpenMediaFile.File file, long first, long length) {
        InputStream in;
        try {
            in = file.open(first, length);
        } catch (MissingObject gone) {
            // deleted between the look-up and now
            ctx.res().setContentLengthLong(-1);
            throw new MediaErrors.MediaNotFound();
        }
        try (in; OutputStream out = ctx.res().getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // the client went away, or the store failed midway: the status is sent, nothing else to say
            LOG.debug("serving a media file stopped early: {}", e.toString());
        }
    }

    /** {@code If-Range} with another entity tag (or a date, which these files need not honour) asks for all. */
    private static boolean rangeApplies(Context ctx, StoredObject info) {
        String ifRange = ctx.header("If-Range");
        return ifRange == null || ifRange.strip().equals(info.etag());
    }

    /** Weak comparison, as {@code If-None-Match} wants. */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }

    // a link without a sane expiry is no link: 404 like any other that does not work
    private static long expires(String value) {
        if (value == null || value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            throw new MediaErrors.MediaNotFound();
        }
        return Long.parseLong(value);
    }
}
