package dev.kith.adapter.postgres.media;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.account;
import static dev.kith.application.account.port.AccountFixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.adapter.postgres.PostgresTestDatabase;
import dev.kith.adapter.postgres.SocialAdapters;
import dev.kith.application.content.port.PostView;
import dev.kith.application.graph.Scopes;
import dev.kith.application.media.port.StorageKey;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.Profile;
import dev.kith.domain.content.Post;
import dev.kith.domain.graph.FollowState;
import dev.kith.domain.media.Media;
import dev.kith.domain.media.MediaFormat;
import dev.kith.domain.media.MediaState;
import dev.kith.domain.media.MediaType;
import dev.kith.domain.shared.MediaId;
import dev.kith.domain.content.PostId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The PostgreSQL read side shows media: a post's media in order in every list (read in one more statement
 * per page, only when the page has media), and an author's avatar from the row it reads already.
 */
class PostMediaAndAvatarTest {

    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase();

    private final SocialAdapters db = SocialAdapters.on(DB.jdbi());
    private final PostgresMediaRepository media = new PostgresMediaRepository(DB.jdbi());

    @Test
    void posts_show_their_media_in_order_and_authors_their_avatar_in_every_list() {
        Account author = account();
        Account viewer = account();
        Media avatar = image(author);
        Media first = image(author);
        Media second = image(author);
        db.transactor().run(() -> {
            db.accounts().add(author);
            db.accounts().add(viewer);
            media.add(avatar);
            media.add(first);
            media.add(second);
        });
        db.transactor().run(() -> db.accounts().update(db.accounts().findById(author.id()).orElseThrow()
                .withProfile(new Profile(Optional.of("Ada"), Optional.empty(), Optional.of(avatar.id()), false))));
        Post withMedia = new Post(new PostId(uuid()), author.id(), "two pictures", List.of(second.id(), first.id()),
                Optional.empty(), Set.of(), T0);
        Post plain = new Post(new PostId(uuid()), author.id(), "words", List.of(), Optional.empty(), Set.of(), T0.plusSeconds(1));
        db.transactor().run(() -> {
            db.changes().follow(viewer.id(), author.id(), FollowState.FOLLOWING);
            db.changes().publish(withMedia);
            db.changes().publish(plain);
        });

        PostView single = db.content().post(withMedia.id(), viewer.id()).orElseThrow();
        List<PostView> home = db.content().homeTimeline(Scopes.of(viewer.id()), Optional.empty(), 10);
        List<PostView> byAuthor = db.content().postsBy(author.id(), Scopes.of(viewer.id()), Optional.empty(), 10);

        assertThat(single.media()).containsExactly(second, first);
        for (List<PostView> list : List.of(home, byAuthor)) {
            assertThat(list).extracting(PostView::id).containsExactly(plain.id(), withMedia.id());
            assertThat(list.get(0).media()).isEmpty();
            assertThat(list.get(1).media()).containsExactly(second, first);
            assertThat(list.get(1).author().avatar()).contains(new StorageKey(avatar.thumbnail().orElseThrow()));
        }
        assertThat(db.profiles().byUsername(author.username()).orElseThrow().avatar())
                .contains(new StorageKey(avatar.thumbnail().orElseThrow()));
    }

    private static Media image(Account owner) {
        String token = "tok" + uuid().toString().replace("-", "");
        return new Media(new MediaId(uuid()), owner.id(), MediaType.IMAGE, MediaState.READY, "media/to/" + token + "/display.jpg",
                MediaFormat.JPEG, 1000, Optional.of("media/to/" + token + "/thumbnail.jpg"), 800, 600, Optional.empty(),
                Optional.of("LEHV6nWB2yk8pyo0adR*.7kCMdnj"), Optional.empty(), false, T0);
    }
}
