package dev.kith.application.media.port;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.application.testing.SocialPortsContract;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.media.Media;
import dev.kith.domain.media.MediaFormat;
import dev.kith.domain.shared.MediaId;
import dev.kith.domain.media.MediaState;
import dev.kith.domain.media.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MediaRepository} does: media stored whole and found by id or in batches, its processing
 * state, thumbnail and description updated, attached at most once, and deleted by id or, unattached and
 * old, by the sweep. The accounts come from the social fixture (media belong to an account).
 */
public abstract class MediaRepositoryContract extends SocialPortsContract {

    /** The repository under test, on the same store as {@link #ports()}. */
    protected abstract MediaRepository media();

    @Test
    void stores_an_image_and_a_video_whole() {
        Account owner = stored();
        Media image = image(owner.id(), T0);
        Media video = new Media(new MediaId(uuid()), owner.id(), MediaType.VIDEO, MediaState.PROCESSING, "media/ab/tok/video.mp4",
                MediaFormat.MP4, 123_456, Optional.empty(), 1920, 1080, Optional.of(Duration.ofMillis(12_345)),
                Optional.empty(), Optional.of("a clip, ünïcode 🎬"), false, T0);
        transactor().run(() -> {
            media().add(image);
            media().add(video);
        });

        assertThat(media().find(image.id())).contains(image);
        assertThat(media().find(video.id())).contains(video);
        assertThat(media().find(new MediaId(uuid()))).isEmpty();
        assertThat(media().findAll(List.of(video.id(), new MediaId(uuid()), image.id()))).containsExactlyInAnyOrder(image, video);
        assertThat(media().findAll(List.of())).isEmpty();
    }

    @Test
    void processing_ends_once_and_the_description_changes_alone() {
        Account owner = stored();
        Media video = new Media(new MediaId(uuid()), owner.id(), MediaType.VIDEO, MediaState.PROCESSING, "media/ab/tok/video.webm",
                MediaFormat.WEBM, 10, Optional.empty(), 640, 360, Optional.of(Duration.ofSeconds(3)), Optional.empty(),
                Optional.empty(), false, T0);
        transactor().run(() -> media().add(video));

        transactor().run(() -> media().describe(video.id(), Optional.of("alt")));
        boolean finished = transactor().inTransaction(() -> media().finishProcessing(video.id(), MediaState.READY,
                Optional.of("media/ab/tok/thumbnail.jpg"), Optional.of("LEHV6nWB2yk8pyo0adR*.7kCMdnj")));
        boolean again = transactor().inTransaction(() -> media().finishProcessing(video.id(), MediaState.FAILED,
                Optional.empty(), Optional.empty()));

        Media ready = video.ready(Optional.of("media/ab/tok/thumbnail.jpg"), Optional.of("LEHV6nWB2yk8pyo0adR*.7kCMdnj"))
                .describedAs(Optional.of("alt"));
        assertThat(finished).isTrue();
        assertThat(again).as("no longer processing").isFalse();
        assertThat(media().find(video.id())).contains(ready);
        transactor().run(() -> media().describe(video.id(), Optional.empty()));
        assertThat(media().find(video.id())).contains(ready.describedAs(Optional.empty()));
        assertThat(transactor().inTransaction(() -> media().finishProcessing(new MediaId(uuid()), MediaState.READY,
                Optional.empty(), Optional.empty()))).isFalse();
    }

    @Test
    void media_is_attached_once() {
        Account owner = stored();
        Media first = image(owner.id(), T0);
        Media second = image(owner.id(), T0);
        transactor().run(() -> {
            media().add(first);
            media().add(second);
        });

        int marked = transactor().inTransaction(() -> media().markAttached(List.of(first.id(), second.id())));
        int again = transactor().inTransaction(() -> media().markAttached(List.of(first.id())));

        assertThat(marked).isEqualTo(2);
        assertThat(again).isZero();
        assertThat(media().find(first.id()).orElseThrow().attached()).isTrue();
    }

    @Test
    void deleting_returns_what_went_and_is_idempotent() {
        Account owner = stored();
        Media one = image(owner.id(), T0);
        transactor().run(() -> media().add(one));

        List<Media> deleted = transactor().inTransaction(() -> media().delete(List.of(one.id(), new MediaId(uuid()))));
        List<Media> again = transactor().inTransaction(() -> media().delete(List.of(one.id())));

        assertThat(deleted).containsExactly(one);
        assertThat(again).isEmpty();
        assertThat(media().find(one.id())).isEmpty();
    }

    @Test
    void erasing_an_owner_deletes_all_its_media_and_returns_them() {
        Account owner = stored();
        Account other = stored();
        Media attached = image(owner.id(), T0);
        Media unattached = image(owner.id(), T0.plusSeconds(1));
        Media others = image(other.id(), T0);
        transactor().run(() -> {
            media().add(attached);
            media().add(unattached);
            media().add(others);
            media().markAttached(List.of(attached.id()));
        });

        List<Media> deleted = transactor().inTransaction(() -> media().deleteAllOf(owner.id()));

        assertThat(deleted).extracting(Media::id).containsExactlyInAnyOrder(attached.id(), unattached.id());
        assertThat(media().find(attached.id())).isEmpty();
        assertThat(media().find(unattached.id())).isEmpty();
        assertThat(media().find(others.id())).isPresent();
        assertThat(transactor().inTransaction(() -> media().deleteAllOf(owner.id()))).isEmpty();
    }

    @Test
    void the_sweep_deletes_only_old_unattached_media_oldest_first_in_batches() {
        Account owner = stored();
        Instant cutoff = T0.plus(Duration.ofHours(24));
        Media oldest = image(owner.id(), T0);
        Media old = image(owner.id(), T0.plusSeconds(60));
        Media attached = image(owner.id(), T0);
        Media recent = image(owner.id(), cutoff.plusSeconds(1));
        transactor().run(() -> {
            media().add(oldest);
            media().add(old);
            media().add(attached);
            media().add(recent);
            media().markAttached(List.of(attached.id()));
        });

        List<Media> first = transactor().inTransaction(() -> media().deleteUnattachedBefore(cutoff, 1));
        List<Media> rest = transactor().inTransaction(() -> media().deleteUnattachedBefore(cutoff, 10));

        assertThat(first).extracting(Media::id).containsExactly(oldest.id());
        assertThat(rest).extracting(Media::id).containsExactly(old.id());
        assertThat(media().find(attached.id())).isPresent();
        assertThat(media().find(recent.id())).isPresent();
    }

    private static Media image(AccountId owner, Instant at) {
        String token = "tok" + uuid().toString().replace("-", "");
        return new Media(new MediaId(uuid()), owner, MediaType.IMAGE, MediaState.READY, "media/to/" + token + "/display.jpg",
                MediaFormat.JPEG, 4_096, Optional.of("media/to/" + token + "/thumbnail.jpg"), 2048, 1536, Optional.empty(),
                Optional.of("LEHV6nWB2yk8pyo0adR*.7kCMdnj"), Optional.empty(), false, at);
    }
}
