package dev.kith.application.export;

import dev.kith.application.export.port.ExportSource;
import dev.kith.application.export.port.ExportedRelation;
import dev.kith.application.media.port.MediaStorage;
import dev.kith.application.media.port.MissingObject;
import dev.kith.application.media.port.StorageKey;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.Comment;
import dev.kith.domain.content.Post;
import dev.kith.domain.notification.Notification;
import dev.kith.domain.story.Story;
import dev.kith.application.export.port.ExportedLike;
import dev.kith.application.export.port.ExportedMembership;
import dev.kith.domain.media.Media;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes one account's archive as a zip, streaming: every list is read from the {@link ExportSource} a page
 * at a time and written out before the next page is read, and every media file is copied from the storage
 * in small buffers, so memory stays bounded however large the account. The layout is described to users in
 * {@code README.txt} (see {@link #README}). Not thread-safe; one instance per archive.
 */
final class ExportArchive {

    /** Rows read per page. */
    static final int PAGE = 500;

    private final ExportSource source;
    private final MediaStorage storage;
    private final URI publicBaseUrl;
    private final String host;

    ExportArchive(ExportSource source, MediaStorage storage, URI publicBaseUrl) {
        this.source = source;
        this.storage = storage;
        this.publicBaseUrl = publicBaseUrl;
        this.host = publicBaseUrl.getPort() == -1 ? publicBaseUrl.getHost() : publicBaseUrl.getHost() + ":" + publicBaseUrl.getPort();
    }

    /**
     * Writes the archive of {@code account} to {@code out}, which it finishes but does not close.
     *
     * @throws UncheckedIOException when writing or reading a media file fails
     * @throws IllegalStateException when the account no longer exists
     */
    void write(AccountId id, OutputStream out) {
        Account account = source.account(id).orElseThrow(() -> new IllegalStateException("account " + id + " is gone"));
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            entry(zip, "README.txt", w -> text(w, README));
            json(zip, "account.json", json -> account(json, account));
            json(zip, "posts.json", json -> list(json, (after, n) -> source.posts(id, after, n), Post::id, post -> post(json, post)));
            json(zip, "comments.json", json -> list(json, (after, n) -> source.comments(id, after, n), Comment::id, (Comment c) -> json.beginObject()
                    .field("id", c.id().toString()).field("postId", c.post().toString()).field("parentId", c.parent())
                    .field("text", c.text()).name("mentions").beginArray().each(c.mentions(), m -> json.value(m.toString())).endArray()
                    .field("createdAt", c.createdAt()).endObject()));
            json(zip, "likes.json", json -> list(json, (after, n) -> source.likes(id, after, n), ExportedLike::id, (ExportedLike l) -> json.beginObject()
                    .field("id", l.id().value().toString()).field("postId", l.post().toString()).field("createdAt", l.createdAt())
                    .endObject()));
            json(zip, "followers.json", json -> list(json, (after, n) -> source.followers(id, after, n), ExportedRelation::account,
                    r -> relation(json, r, true)));
            json(zip, "following.json", json -> list(json, (after, n) -> source.following(id, after, n), ExportedRelation::account,
                    r -> relation(json, r, true)));
            json(zip, "blocks.json", json -> list(json, (after, n) -> source.blocks(id, after, n), ExportedRelation::account,
                    r -> relation(json, r, false)));
            json(zip, "groups.json", json -> list(json, (after, n) -> source.memberships(id, after, n), ExportedMembership::group, (ExportedMembership m) -> json.beginObject()
                    .field("groupId", m.group().toString()).field("name", m.groupName()).field("role", m.role().name().toLowerCase())
                    .field("since", m.since()).endObject()));
            json(zip, "stories.json", json -> list(json, (after, n) -> source.stories(id, after, n), Story::id, (Story s) -> json.beginObject()
                    .field("id", s.id().toString()).field("mediaId", s.media().toString())
                    .field("caption", s.caption())
                    .field("createdAt", s.createdAt()).field("expiresAt", s.expiresAt()).endObject()));
            json(zip, "notifications.json", json -> list(json, (after, n) -> source.notifications(id, after, n), Notification::id,
                    (Notification x) -> json.beginObject().field("id", x.id().value().toString()).field("type", x.type().apiName())
                            .field("actorId", x.actor().toString()).field("postId", x.post()).field("commentId", x.comment())
                            .field("groupId", x.group()).field("createdAt", x.createdAt()).field("read", x.read()).endObject()));
            json(zip, "media.json", json -> list(json, (after, n) -> source.media(id, after, n), Media::id, m -> media(json, m)));
            pages((after, n) -> source.media(id, after, n), Media::id, m -> mediaFile(zip, m));
            entry(zip, "following_accounts.csv", w -> {
                text(w, "Account address,Show boosts,Notify on new posts,Languages\n");
                pages((after, n) -> source.following(id, after, n), ExportedRelation::account, r -> {
                    if (!r.requested()) {
                        text(w, address(r) + ",true,false,\n");
                    }
                });
            });
            entry(zip, "blocked_accounts.csv", w -> pages((after, n) -> source.blocks(id, after, n), ExportedRelation::account,
                    r -> text(w, address(r) + "\n")));
            json(zip, "outbox.json", json -> outbox(json, account));
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void account(JsonOut json, Account a) {
        json.beginObject().field("id", a.id().toString()).field("username", a.username().value())
                .field("email", a.email().value()).field("emailVerifiedAt", a.emailVerifiedAt())
                .field("displayName", a.profile().displayName()).field("bio", a.profile().bio())
                .field("avatarMediaId", a.profile().avatar()).field("private", a.profile().isPrivate())
                .field("profileUrl", actorUrl(a)).field("createdAt", a.createdAt()).endObject();
    }

    private void post(JsonOut json, Post p) {
        json.beginObject().field("id", p.id().toString()).field("text", p.text()).field("groupId", p.group())
                .name("mediaIds").beginArray().each(p.media(), m -> json.value(m.toString())).endArray()
                .name("mentions").beginArray().each(p.mentions(), m -> json.value(m.toString())).endArray()
                .field("createdAt", p.createdAt()).endObject();
    }

    private static void relation(JsonOut json, ExportedRelation r, boolean withRequested) {
        json.beginObject().field("accountId", r.account().toString()).field("username", r.username().value());
        if (withRequested) {
            json.field("requested", r.requested());
        }
        json.field("since", r.since()).endObject();
    }

    private static void media(JsonOut json, Media m) {
        json.beginObject().field("id", m.id().toString()).field("type", m.type().name().toLowerCase())
                .field("contentType", m.format().contentType()).field("file", fileName(m)).field("size", m.size())
                .field("width", m.width()).field("height", m.height())
                .field("durationMs", m.duration().map(d -> Long.toString(d.toMillis())))
                .field("description", m.description()).field("createdAt", m.createdAt()).endObject();
    }

    /** Where a media file goes in the archive. */
    static String fileName(Media m) {
        return "media/" + m.id() + "." + m.format().extension();
    }

    private void mediaFile(ZipOutputStream zip, Media m) {
        InputStream opened;
        try {
            opened = storage.open(new StorageKey(m.file()), 0, Long.MAX_VALUE);
        } catch (MissingObject gone) {
            // a file the storage lost, or never got (a failed upload), is left out: retrying would never find it
            return;
        }
        try (InputStream in = opened) {
            // images and videos are compressed already: deflating them again costs time and saves nothing
            zip.setLevel(Deflater.NO_COMPRESSION);
            zip.putNextEntry(new ZipEntry(fileName(m)));
            in.transferTo(zip);
            zip.closeEntry();
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy media " + m.id() + " into the archive", e);
        }
    }

    // ActivityStreams 2.0, as Mastodon's archive has it: the posts outside groups, each a Create of a Note
    private void outbox(JsonOut json, Account a) {
        String actor = actorUrl(a);
        String audience = a.profile().isPrivate() ? actor + "/followers" : "https://www.w3.org/ns/activitystreams#Public";
        json.beginObject().field("@context", "https://www.w3.org/ns/activitystreams").field("id", actor + "/outbox")
                .field("type", "OrderedCollection").name("orderedItems").beginArray();
        long[] total = {0};
        pages((after, n) -> source.posts(a.id(), after, n), Post::id, p -> {
            if (p.group().isPresent()) {
                return;
            }
            total[0]++;
            String url = publicBaseUrl + "/api/v1/posts/" + p.id();
            json.beginObject().field("id", url + "/activity").field("type", "Create").field("actor", actor)
                    .field("published", p.createdAt()).name("to").beginArray().value(audience).endArray()
                    .name("object").beginObject().field("id", url).field("type", "Note").field("attributedTo", actor)
                    .field("content", p.text()).field("published", p.createdAt())
                    .name("to").beginArray().value(audience).endArray()
                    .name("attachment").beginArray().each(p.media(), m -> json.beginObject().field("type", "Document")
                            .field("url", "media/" + m).endObject()).endArray()
                    .endObject().endObject();
        });
        // totalItems after the items (JSON members have no order): counting first would read every post twice
        json.endArray().field("totalItems", total[0]).endObject();
    }

    private String actorUrl(Account a) {
        return publicBaseUrl + "/api/v1/users/" + a.username().value();
    }

    private String address(ExportedRelation r) {
        return r.username().value() + "@" + host;
    }

    private <T, K> void list(JsonOut json, BiFunction<Optional<K>, Integer, List<T>> page, Function<T, K> key, Consumer<T> row) {
        json.beginArray();
        pages(page, key, row);
        json.endArray();
    }

    /** Calls {@code row} for every row, reading one page at a time. */
    static <T, K> void pages(BiFunction<Optional<K>, Integer, List<T>> page, Function<T, K> key, Consumer<T> row) {
        Optional<K> after = Optional.empty();
        while (true) {
            List<T> rows = page.apply(after, PAGE);
            rows.forEach(row);
            if (rows.size() < PAGE) {
                return;
            }
            after = Optional.of(key.apply(rows.get(rows.size() - 1)));
        }
    }

    private static void json(ZipOutputStream zip, String name, Consumer<JsonOut> body) {
        entry(zip, name, w -> {
            JsonOut json = new JsonOut(w);
            body.accept(json);
            text(w, "\n");
        });
    }

    private static void entry(ZipOutputStream zip, String name, Consumer<Writer> body) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            Writer w = new OutputStreamWriter(new FilterOutputStream(zip) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();  // the zip stays open for the next entry
                }
            }, StandardCharsets.UTF_8);
            body.accept(w);
            w.close();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Writer w, String text) {
        try {
            w.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String README = """
            Your Kith archive
            =================

            Everything your account holds, as it was when the archive was made. Every list is complete, ordered
            oldest first (by id: ids are time-ordered UUIDs) unless noted, and every time is UTC in ISO 8601.
            A missing value is null.

            account.json        Your account: id, username, email, emailVerifiedAt, displayName, bio,
                                avatarMediaId (a file in media/), private (whether only accepted followers
                                see your posts), profileUrl, createdAt.
            posts.json          Your posts, in groups too: id, text, groupId (null outside a group), mediaIds
                                (files in media/, see media.json), mentions (ids of the accounts mentioned),
                                createdAt.
            comments.json       Your comments, on anyone's post: id, postId, parentId (the comment it replies
                                to, or null), text, mentions, createdAt.
            likes.json          The posts you liked: id, postId, createdAt.
            followers.json      Who follows you (by account id): accountId, username, requested (true while
                                their request waits for your answer), since.
            following.json      Whom you follow (by account id): accountId, username, requested (true while
                                your request waits for theirs), since.
            blocks.json         Whom you block (by account id): accountId, username, since.
            groups.json         The groups you belong to (by group id): groupId, name, role (member,
                                moderator, admin or owner), since.
            stories.json        Your stories still stored, expired ones too: id, mediaId, caption,
                                createdAt, expiresAt.
            notifications.json  The notifications you received: id, type (follow, follow_request,
                                follow_accepted, like, comment, reply, mention, group_join_request,
                                group_invite, group_request_approved, group_role_changed, story_reply,
                                export_ready), actorId (who caused it), postId, commentId, groupId,
                                createdAt, read.
            media.json          Every file you uploaded: id, type (image or video), contentType, file (its
                                name in this archive), size (bytes), width, height, durationMs (videos),
                                description (alt text), createdAt.
            media/              The files themselves, named <media id>.<extension>, exactly as stored (a file
                                the storage no longer holds, such as a failed upload's, is left out).
            following_accounts.csv
                                Whom you follow (accepted follows), in Mastodon's import format: a header,
                                then one "username@host,true,false," line each (show boosts, do not notify,
                                no language filter).
            blocked_accounts.csv
                                Whom you block, in Mastodon's import format: one username@host a line.
            outbox.json         Your posts outside groups as an ActivityStreams 2.0 OrderedCollection of
                                Create activities of Notes, like Mastodon's archive; an attachment's url is
                                media/<media id> (media.json gives its file name). Posts of a private account are addressed to its followers.
            README.txt          This file.
            """;
}
