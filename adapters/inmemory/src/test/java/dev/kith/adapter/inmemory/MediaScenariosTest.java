package dev.kith.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.adapter.media.ImageIoMediaProcessor;
import dev.kith.application.Kith;
import dev.kith.application.account.GetOwnAccount;
import dev.kith.application.content.DeletePost;
import dev.kith.application.content.GetPost;
import dev.kith.application.content.PublishPost;
import dev.kith.application.content.port.PostView;
import dev.kith.application.media.DescribeMedia;
import dev.kith.application.media.GetMedia;
import dev.kith.application.media.MediaSettings;
import dev.kith.application.media.OpenMediaFile;
import dev.kith.application.media.UploadMedia;
import dev.kith.application.media.port.MediaProcessor;
import dev.kith.application.media.port.StorageKey;
import dev.kith.application.profile.UpdateProfile;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.Change;
import dev.kith.application.testing.MutableClock;
import dev.kith.application.testing.TestMedia;
import dev.kith.domain.media.Media;
import dev.kith.domain.media.MediaErrors;
import dev.kith.domain.media.MediaFormat;
import dev.kith.domain.media.MediaState;
import dev.kith.domain.media.MediaType;
import dev.kith.domain.shared.InvalidInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads, their lifecycle and their use by posts and avatars, end to end on the in-memory core with the real processor. */
class MediaScenariosTest {

    private static final Actor ANYONE = Actor.anonymous();

    @TempDir
    Path scratch;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T18:00:00Z"));
    private final InMemoryAdapters adapters = InMemoryAdapters.create(clock);
    private InMemoryKith core;
    private Kith kith;

    private void start(long maxImageBytes) {
        core = InMemoryKith.builder(clock, adapters)
                .override(MediaProcessor.class, ImageIoMediaProcessor.withDefaults())
                .mediaSettings(new MediaSettings(maxImageBytes, 1_000_000, scratch, new byte[32]))
                .build();
        kith = core.kith();
    }

    @Test
    void an_image_is_stored_ready_without_metadata_and_shown_to_its_owner_only() throws IOException {
        start(MediaSettings.DEFAULT_MAX_IMAGE_BYTES);
        Actor alice = member("alice");
        Actor bob = member("bob");

        Media image = upload(alice, TestMedia.jpegWithExif(600, 400, 6), "a red corner");

        assertThat(image.type()).isEqualTo(MediaType.IMAGE);
        assertThat(image.state()).isEqualTo(MediaState.READY);
        assertThat(image.format()).isEqualTo(MediaFormat.JPEG);
        assertThat(image.width()).as("turned upright").isEqualTo(400);
        assertThat(image.height()).isEqualTo(600);
        assertThat(image.description()).contains("a red corner");
        assertThat(image.blurhash()).isPresent();
        assertThat(adapters.mediaStorage().keys()).containsExactlyInAnyOrder(
                new StorageKey(image.file()), new StorageKey(image.thumbnail().orElseThrow()));
        byte[] stored = read(new StorageKey(image.file()));
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(TestMedia.SECRET);
        assertThat(TestMedia.jpegMarkers(stored)).doesNotContain(0xE1);
        assertThat(kith.media().get().execute(alice, new GetMedia.Command(image.id().toString()))).isEqualTo(image);
        assertThatThrownBy(() -> kith.media().get().execute(bob, new GetMedia.Command(image.id().toString())))
                .isInstanceOf(MediaErrors.MediaNotFound.class);
        assertThat(kith.media().describe().execute(alice, new DescribeMedia.Command(image.id().toString(), Optional.empty()))
                .description()).isEmpty();
    }

    @Test
    void the_bytes_decide_the_type_and_the_limit_stops_reading_at_once() {
        start(10_000);
        Actor alice = member("alice");

        assertThatThrownBy(() -> upload(alice, TestMedia.text(), null)).isInstanceOf(MediaErrors.UnsupportedMediaType.class);
        assertThatThrownBy(() -> upload(alice, TestMedia.svg(), null)).isInstanceOf(MediaErrors.UnsupportedMediaType.class);
        CountingStream huge = new CountingStream(TestMedia.jpeg(2000, 2000), 50_000_000);
        assertThatThrownBy(() -> kith.media().upload().execute(alice, new UploadMedia.Command(huge, Optional.empty())))
                .isInstanceOf(MediaErrors.MediaTooLarge.class);
        assertThat(huge.read).as("read stops just past the limit").isLessThan(10_000 + 128 * 1024);
        assertThat(adapters.mediaStorage().keys()).isEmpty();
        assertThat(scratch.toFile().list()).as("no scratch file left").isEmpty();
    }

    @Test
    void a_video_is_processing_until_the_relay_finishes_it_and_a_post_does_not_wait_for_it() {
        start(MediaSettings.DEFAULT_MAX_IMAGE_BYTES);
        Actor alice = member("alice");

        Media video = upload(alice, TestMedia.mp4(320, 240, Duration.ofSeconds(2), false), null);

        assertThat(video.state()).isEqualTo(MediaState.PROCESSING);
        assertThat(video.duration()).contains(Duration.ofSeconds(2));
        assertThatThrownBy(() -> publish(alice, "clip", video))
                .isInstanceOf(MediaErrors.MediaNotAttachable.class).hasMessageContaining("processing");
        core.deliverMail();  // runs the outbox relay: the poster frame (none without ffmpeg) and the state
        Media ready = kith.media().get().execute(alice, new GetMedia.Command(video.id().toString()));
        assertThat(ready.state()).isEqualTo(MediaState.READY);
        assertThat(publish(alice, "clip", ready).media()).extracting(Media::id).containsExactly(video.id());
    }

    @Test
    void posts_attach_their_owners_ready_media_once_and_deleting_the_post_deletes_the_files() {
        start(MediaSettings.DEFAULT_MAX_IMAGE_BYTES);
        Actor alice = member("alice");
        Actor bob = member("bob");
        Media first = upload(alice, TestMedia.jpeg(300, 200), null);
        Media second = upload(alice, TestMedia.animatedGif(), null);
        Media bobs = upload(bob, TestMedia.pngWithTextChunks(), null);

        PostView post = publish(alice, "", first, second);

        assertThat(post.media()).extracting(Media::id).containsExactly(first.id(), second.id());
        assertThat(kith.content().getPost().execute(bob, new GetPost.Query(post.id().toString())).media())
                .extracting(Media::id).containsExactly(first.id(), second.id());
        assertThatThrownBy(() -> publish(alice, "again", first))
                .isInstanceOf(MediaErrors.MediaNotAttachable.class).hasFieldOrPropertyWithValue("code", "media_in_use");
        assertThatThrownBy(() -> publish(alice, "not mine", bobs)).isInstanceOf(InvalidInput.class);
        Media[] five = new Media[5];
        Arrays.fill(five, bobs);
        assertThatThrownBy(() -> publish(alice, "five", five)).isInstanceOf(InvalidInput.class);

        kith.content().deletePost().execute(alice, new DeletePost.Command(post.id().toString()));
        core.deliverMail();

        assertThat(adapters.mediaStorage().keys()).as("only bob's files are left")
                .containsExactlyInAnyOrder(new StorageKey(bobs.file()), new StorageKey(bobs.thumbnail().orElseThrow()));
    }

    @Test
    void an_avatar_is_an_image_of_ones_own_and_the_one_it_replaces_is_deleted() {
        start(MediaSettings.DEFAULT_MAX_IMAGE_BYTES);
        Actor alice = member("alice");
        Media first = upload(alice, TestMedia.jpeg(300, 300), null);
        Media second = upload(alice, TestMedia.jpeg(200, 200), null);

        avatar(alice, first);
        assertThat(kith.accounts().getOwnAccount().execute(alice, new GetOwnAccount.Query()).avatar())
                .contains(new StorageKey(first.thumbnail().orElseThrow()));
        avatar(alice, second);
        core.deliverMail();

        assertThat(kith.accounts().getOwnAccount().execute(alice, new GetOwnAccount.Query()).avatar())
                .contains(new StorageKey(second.thumbnail().orElseThrow()));
        assertThat(adapters.mediaStorage().keys()).doesNotContain(new StorageKey(first.file()));
        assertThatThrownBy(() -> kith.media().get().execute(alice, new GetMedia.Command(first.id().toString())))
                .isInstanceOf(MediaErrors.MediaNotFound.class);
    }

    @Test
    void uploads_nothing_uses_are_deleted_after_a_day() {
        start(MediaSettings.DEFAULT_MAX_IMAGE_BYTES);
        Actor alice = member("alice");
        Media kept = upload(alice, TestMedia.jpeg(100, 100), null);
        Media dropped = upload(alice, TestMedia.jpeg(120, 100), null);
        publish(alice, "kept", kept);

        clock.advance(Duration.ofHours(23));
        assertThat(kith.media().purgeUnattached().execute()).isZero();
        clock.advance(Duration.ofHours(2));
        assertThat(kith.media().purgeUnattached().execute()).isEqualTo(1);
        core.deliverMail();

        assertThat(adapters.mediaStorage().keys()).doesNotContain(new StorageKey(dropped.file()))
                .contains(new StorageKey(kept.file()));
    }

    @Test
    void a_files_link_works_until_it_expires_and_not_when_tampered_with() throws IOException {
        start(MediaSettings.DEFAULT_MAX_IMAGE_BYTES);
        Actor alice = member("alice");
        Media image = upload(alice, TestMedia.jpeg(100, 100), null);
        URI link = kith.media().links().url(new StorageKey(image.file()));
        String key = link.getPath().substring("/media/".length());
        long expires = Long.parseLong(query(link, "expires"));
        String signature = query(link, "signature");

        OpenMediaFile.File file = kith.media().openFile().execute(ANYONE, new OpenMediaFile.Command(key, expires, signature));
        assertThat(file.info().contentType()).isEqualTo("image/jpeg");
        try (InputStream in = file.open(0, 3)) {
            assertThat(in.readAllBytes()).hasSize(3);
        }
        assertThatThrownBy(() -> kith.media().openFile().execute(ANYONE, new OpenMediaFile.Command(key, expires + 3600, signature)))
                .isInstanceOf(MediaErrors.MediaNotFound.class);
        assertThatThrownBy(() -> kith.media().openFile().execute(ANYONE, new OpenMediaFile.Command("../" + key, expires, signature)))
                .isInstanceOf(MediaErrors.MediaNotFound.class);
        clock.advance(Duration.ofHours(3));
        assertThatThrownBy(() -> kith.media().openFile().execute(ANYONE, new OpenMediaFile.Command(key, expires, signature)))
                .isInstanceOf(MediaErrors.MediaNotFound.class);
    }

    private Media upload(Actor actor, byte[] bytes, String description) {
        return kith.media().upload().execute(actor,
                new UploadMedia.Command(new ByteArrayInputStream(bytes), Optional.ofNullable(description)));
    }

    private PostView publish(Actor actor, String text, Media... media) {
        return kith.content().publishPost().execute(actor, new PublishPost.Command(text,
                Arrays.stream(media).map(m -> m.id().toString()).toList(), Optional.empty()));
    }

    private void avatar(Actor actor, Media media) {
        kith.profiles().updateProfile().execute(actor, new UpdateProfile.Command(Change.keep(), Change.keep(),
                Change.set(media.id().toString()), Optional.empty()));
    }

    private byte[] read(StorageKey key) throws IOException {
        try (InputStream in = adapters.mediaStorage().open(key, 0, Long.MAX_VALUE)) {
            return in.readAllBytes();
        }
    }

    private static String query(URI link, String name) {
        return Arrays.stream(link.getQuery().split("&")).filter(p -> p.startsWith(name + "=")).findFirst()
                .orElseThrow().substring(name.length() + 1);
    }

    private Actor member(String username) {
        return Members.signUp(core, username);
    }

    /** A JPEG header followed by endless bytes, counting what was read. */
    private static final class CountingStream extends InputStream {
        private final byte[] head;
        private final long length;
        long read;

        CountingStream(byte[] head, long length) {
            this.head = head;
            this.length = length;
        }

        @Override
        public int read() {
            if (read >= length) {
                return -1;
            }
            int b = read < head.length ? head[(int) read] & 0xff : 0;
            read++;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - read);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = read + i < head.length ? head[(int) (read + i)] : 0;
            }
            read += n;
            return n;
        }
    }
}
