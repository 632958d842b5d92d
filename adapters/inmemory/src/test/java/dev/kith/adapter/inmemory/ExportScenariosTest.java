package dev.kith.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.adapter.inmemory.media.InMemoryMediaStorage;
import dev.kith.adapter.media.ImageIoMediaProcessor;
import dev.kith.application.Kith;
import dev.kith.application.content.CommentOnPost;
import dev.kith.application.content.LikePost;
import dev.kith.application.content.PublishPost;
import dev.kith.application.content.port.PostView;
import dev.kith.application.export.ExportView;
import dev.kith.application.export.OpenExportArchive;
import dev.kith.application.graph.BlockAccount;
import dev.kith.application.graph.FollowAccount;
import dev.kith.application.group.CreateGroup;
import dev.kith.application.media.UploadMedia;
import dev.kith.application.media.port.MediaProcessor;
import dev.kith.application.media.port.MediaStorage;
import dev.kith.application.media.port.MediaStorageFailure;
import dev.kith.application.media.port.StorageKey;
import dev.kith.application.media.port.StoredObject;
import dev.kith.application.notification.ListNotifications;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.PageRequest;
import dev.kith.application.shared.port.Mail;
import dev.kith.application.story.PostStory;
import dev.kith.application.testing.MutableClock;
import dev.kith.application.testing.TestMedia;
import dev.kith.domain.export.ExportErrors;
import dev.kith.domain.export.ExportStatus;
import dev.kith.domain.media.Media;
import dev.kith.domain.notification.NotificationType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** Exports end to end on the in-memory core: request, the worker through the outbox, the archive, download. */
class ExportScenariosTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));
    private final InMemoryAdapters adapters = InMemoryAdapters.create(clock);
    private final FlakyStorage storage = new FlakyStorage(adapters.mediaStorage());
    private final InMemoryKith core = InMemoryKith.builder(clock, adapters)
            .override(MediaProcessor.class, ImageIoMediaProcessor.withDefaults())
            .override(MediaStorage.class, storage)
            .publicBaseUrl(URI.create("https://kith.example"))
            .build();
    private final Kith kith = core.kith();

    private Actor member(String username) {
        return Members.signUp(core, username);
    }

    private Media upload(Actor actor, int width) {
        return kith.media().upload().execute(actor,
                new UploadMedia.Command(new ByteArrayInputStream(TestMedia.jpeg(width, 40)), Optional.empty()));
    }

    private PostView post(Actor actor, String text, Media... media) {
        return kith.content().publishPost().execute(actor, new PublishPost.Command(text,
                java.util.Arrays.stream(media).map(m -> m.id().toString()).toList(), Optional.empty()));
    }

    private ExportView request(Actor actor) {
        return kith.exports().request().execute(actor);
    }

    private ExportView get(Actor actor, ExportView export) {
        return kith.exports().get().execute(actor, export.export().id().toString());
    }

    private Map<String, byte[]> download(Actor actor, ExportView export) throws IOException {
        OpenExportArchive.Archive archive = kith.exports().openArchive().execute(actor, export.export().id().toString());
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (InputStream in = archive.open(); ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertThat(archive.fileName()).isEqualTo("kith-export-" + export.export().createdAt().toString().substring(0, 10) + ".zip");
        return files;
    }

    private static JsonNode json(Map<String, byte[]> files, String name) throws IOException {
        return JSON.readTree(files.get(name));
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asText()));
        return values;
    }

    @Test
    void an_export_holds_everything_the_account_has_and_is_downloadable_by_its_owner_alone() throws IOException {
        Actor alice = member("alice");
        Actor bob = member("bob");
        Actor carol = member("carol");
        Media first = upload(alice, 60);
        Media second = upload(alice, 61);
        PostView withMedia = post(alice, "Two pictures \"quoted\"\nand a \\ backslash", first, second);
        PostView plain = post(alice, "Just text 🦊");
        PostView bobs = post(bob, "Bob's post");
        kith.content().comment().execute(alice, new CommentOnPost.Command(bobs.id().toString(), "On Bob's post", Optional.empty()));
        kith.content().likePost().execute(alice, new LikePost.Command(bobs.id().toString(), true));
        kith.content().likePost().execute(bob, new LikePost.Command(plain.id().toString(), true));
        kith.graph().follow().execute(alice, new FollowAccount.Command("bob"));
        kith.graph().follow().execute(bob, new FollowAccount.Command("alice"));
        kith.graph().block().execute(alice, new BlockAccount.Command("carol", true));
        var group = kith.groups().create().execute(alice, new CreateGroup.Command("Lake walkers", "Walks", "public"));
        Media storyMedia = upload(alice, 62);
        var story = kith.stories().post().execute(alice, new PostStory.Command(storyMedia.id().toString(), Optional.of("Lake")));
        core.deliverMail();
        clock.advance(Duration.ofMinutes(1));

        ExportView requested = request(alice);
        assertThat(requested.export().status()).isEqualTo(ExportStatus.PENDING);
        assertThat(requested.downloadUrl()).isEmpty();
        assertThat(request(alice)).isEqualTo(requested);  // still pending: the same one
        assertThatThrownBy(() -> download(alice, requested)).isInstanceOf(ExportErrors.ExportNotFound.class);

        core.deliverMail();

        ExportView ready = get(alice, requested);
        assertThat(ready.export().status()).isEqualTo(ExportStatus.READY);
        assertThat(ready.export().expiresAt()).contains(clock.instant().plus(Duration.ofDays(7)));
        String link = "https://kith.example/api/v1/me/exports/" + requested.export().id() + "/download";
        assertThat(ready.downloadUrl()).contains(link);
        assertThatThrownBy(() -> get(bob, requested)).isInstanceOf(ExportErrors.ExportNotFound.class);
        assertThatThrownBy(() -> download(bob, requested)).isInstanceOf(ExportErrors.ExportNotFound.class);

        Map<String, byte[]> files = download(alice, ready);
        assertThat(files.keySet()).contains("README.txt", "account.json", "posts.json", "comments.json", "likes.json",
                "followers.json", "following.json", "blocks.json", "groups.json", "stories.json", "notifications.json",
                "media.json", "following_accounts.csv", "blocked_accounts.csv", "outbox.json",
                "media/" + first.id() + ".jpg", "media/" + second.id() + ".jpg", "media/" + storyMedia.id() + ".jpg");
        assertThat(json(files, "account.json").get("username").asText()).isEqualTo("alice");
        assertThat(json(files, "account.json").get("email").asText()).isEqualTo("alice@example.com");
        JsonNode posts = json(files, "posts.json");
        assertThat(texts(posts, "id")).containsExactly(withMedia.id().toString(), plain.id().toString());
        assertThat(posts.get(0).get("text").asText()).isEqualTo(withMedia.text());
        assertThat(posts.get(1).get("text").asText()).isEqualTo("Just text 🦊");
        assertThat(posts.get(0).get("mediaIds")).hasSize(2);
        JsonNode comments = json(files, "comments.json");
        assertThat(texts(comments, "postId")).containsExactly(bobs.id().toString());
        assertThat(texts(json(files, "likes.json"), "postId")).containsExactly(bobs.id().toString());
        assertThat(texts(json(files, "followers.json"), "username")).containsExactly("bob");
        assertThat(texts(json(files, "following.json"), "username")).containsExactly("bob");
        assertThat(texts(json(files, "blocks.json"), "username")).containsExactly("carol");
        assertThat(texts(json(files, "groups.json"), "groupId")).containsExactly(group.group().id().toString());
        assertThat(texts(json(files, "groups.json"), "role")).containsExactly("owner");
        assertThat(texts(json(files, "stories.json"), "id")).containsExactly(story.id().toString());
        assertThat(texts(json(files, "notifications.json"), "type")).containsExactly("like", "follow");
        assertThat(texts(json(files, "media.json"), "file")).containsExactly("media/" + first.id() + ".jpg",
                "media/" + second.id() + ".jpg", "media/" + storyMedia.id() + ".jpg");
        for (Media media : List.of(first, second, storyMedia)) {
            try (InputStream stored = adapters.mediaStorage().open(new StorageKey(media.file()), 0, Long.MAX_VALUE)) {
                assertThat(files.get("media/" + media.id() + ".jpg")).isEqualTo(stored.readAllBytes());
            }
        }
        assertThat(new String(files.get("following_accounts.csv"), StandardCharsets.UTF_8))
                .isEqualTo("Account address,Show boosts,Notify on new posts,Languages\nbob@kith.example,true,false,\n");
        assertThat(new String(files.get("blocked_accounts.csv"), StandardCharsets.UTF_8)).isEqualTo("carol@kith.example\n");
        JsonNode outbox = json(files, "outbox.json");
        assertThat(outbox.get("type").asText()).isEqualTo("OrderedCollection");
        assertThat(outbox.get("orderedItems")).hasSize(2);
        assertThat(outbox.get("totalItems").asInt()).isEqualTo(2);
        assertThat(outbox.get("orderedItems").get(0).get("type").asText()).isEqualTo("Create");
        assertThat(outbox.get("orderedItems").get(0).get("object").get("content").asText()).isEqualTo(withMedia.text());
        assertThat(new String(files.get("README.txt"), StandardCharsets.UTF_8)).contains("posts.json", "outbox.json");

        // the notification and the mail
        var notifications = kith.notifications().list().execute(alice, new ListNotifications.Query(false, PageRequest.first()));
        assertThat(notifications.items()).extracting(n -> n.notification().type()).contains(NotificationType.EXPORT_READY);
        assertThat(core.sentMail()).filteredOn(m -> m.subject().contains("archive")).singleElement()
                .satisfies(m -> assertThat(m.body()).contains(link));
    }

    @Test
    void one_export_a_day_then_a_new_one_and_archives_are_deleted_after_a_week() {
        Actor alice = member("alice");
        ExportView first = request(alice);
        core.deliverMail();
        clock.advance(Duration.ofHours(23));

        assertThatThrownBy(() -> request(alice)).isInstanceOfSatisfying(ExportErrors.ExportTooSoon.class,
                e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(1)));

        clock.advance(Duration.ofHours(1));
        ExportView second = request(alice);
        assertThat(second.export().id()).isNotEqualTo(first.export().id());
        core.deliverMail();
        String firstKey = first.export().archiveKey();
        assertThat(adapters.mediaStorage().keys()).contains(new StorageKey(firstKey));

        clock.advance(Duration.ofDays(7).minusHours(24));
        assertThat(kith.exports().purgeExpired().execute()).isEqualTo(1);
        core.deliverMail();

        assertThat(adapters.mediaStorage().keys()).doesNotContain(new StorageKey(firstKey))
                .contains(new StorageKey(second.export().archiveKey()));
        assertThatThrownBy(() -> get(alice, first)).isInstanceOf(ExportErrors.ExportNotFound.class);
        assertThat(get(alice, second).export().status()).isEqualTo(ExportStatus.READY);
    }

    @Test
    void a_worker_that_fails_mid_archive_leaves_nothing_downloadable_and_the_retry_completes() throws IOException {
        Actor alice = member("alice");
        Media picture = upload(alice, 60);
        post(alice, "A picture", picture);
        ExportView export = request(alice);
        storage.failOpens.set(1);  // the media file breaks while the archive is written

        core.deliverMail();

        ExportView crashed = get(alice, export);
        assertThat(crashed.export().status()).isEqualTo(ExportStatus.RUNNING);
        assertThat(crashed.downloadUrl()).isEmpty();
        assertThat(adapters.mediaStorage().keys()).doesNotContain(new StorageKey(export.export().archiveKey()));
        assertThatThrownBy(() -> download(alice, export)).isInstanceOf(ExportErrors.ExportNotFound.class);
        assertThat(core.outbox().pending()).isEqualTo(1);

        storage.failPuts.set(1);  // then the storage refuses the finished archive once
        clock.advance(Duration.ofSeconds(5));
        core.deliverMail();
        assertThat(get(alice, export).export().status()).isEqualTo(ExportStatus.RUNNING);
        assertThatThrownBy(() -> download(alice, export)).isInstanceOf(ExportErrors.ExportNotFound.class);

        clock.advance(Duration.ofSeconds(10));
        core.deliverMail();

        assertThat(get(alice, export).export().status()).isEqualTo(ExportStatus.READY);
        assertThat(download(alice, export)).containsKey("media/" + picture.id() + ".jpg");
        assertThat(core.outbox().pending()).isZero();
    }

    @Test
    void a_job_delivered_twice_builds_once() {
        Actor alice = member("alice");
        ExportView export = request(alice);
        core.deliverMail();
        Instant readyAt = get(alice, export).export().readyAt().orElseThrow();
        List<Mail> mails = core.sentMail();

        // what a second delivery sees: the export is ready already, so it does nothing
        clock.advance(Duration.ofMinutes(5));
        core.deliverMail();

        assertThat(get(alice, export).export().readyAt()).contains(readyAt);
        assertThat(core.sentMail()).isEqualTo(mails);
    }

    @Test
    void a_media_file_the_storage_lost_is_left_out_and_does_not_hold_the_export_back() throws IOException {
        Actor alice = member("alice");
        Media kept = upload(alice, 60);
        Media lost = upload(alice, 61);
        adapters.mediaStorage().delete(new StorageKey(lost.file()));
        ExportView export = request(alice);

        core.deliverMail();

        Map<String, byte[]> files = download(alice, get(alice, export));
        assertThat(files).containsKey("media/" + kept.id() + ".jpg").doesNotContainKey("media/" + lost.id() + ".jpg");
        assertThat(texts(json(files, "media.json"), "id")).containsExactly(kept.id().toString(), lost.id().toString());
    }

    /** The in-memory storage, made to fail a given number of opens or puts. */
    static final class FlakyStorage implements MediaStorage {
        final AtomicInteger failOpens = new AtomicInteger();
        final AtomicInteger failPuts = new AtomicInteger();
        private final InMemoryMediaStorage delegate;

        FlakyStorage(InMemoryMediaStorage delegate) {
            this.delegate = delegate;
        }

        @Override
        public void put(StorageKey key, Path file, String contentType) {
            if (failPuts.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new MediaStorageFailure("the store is down", null);
            }
            delegate.put(key, file, contentType);
        }

        @Override
        public Optional<StoredObject> stat(StorageKey key) {
            return delegate.stat(key);
        }

        @Override
        public InputStream open(StorageKey key, long offset, long length) {
            InputStream in = delegate.open(key, offset, length);
            if (failOpens.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                return new InputStream() {
                    private int left = 10;

                    @Override
                    public int read() throws IOException {
                        if (left <= 0) {
                            throw new IOException("the store broke off");
                        }
                        left--;
                        return in.read();
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        if (len == 0) {
                            return 0;
                        }
                        int c = read();
                        if (c < 0) {
                            return -1;
                        }
                        b[off] = (byte) c;
                        return 1;
                    }
                };
            }
            return in;
        }

        @Override
        public void delete(StorageKey key) {
            delegate.delete(key);
        }

        @Override
        public Optional<URI> directUrl(StorageKey key, Instant expiresAt) {
            return delegate.directUrl(key, expiresAt);
        }
    }
}
