package dev.kith.application.content.port;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.account;
import static dev.kith.application.account.port.AccountFixtures.uuid;
import static dev.kith.application.content.port.ContentFixtures.likeId;
import static dev.kith.application.content.port.ContentFixtures.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.application.testing.SocialPortsContract;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.content.ContentErrors;
import dev.kith.domain.content.Post;
import dev.kith.domain.content.PostId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LikeRepository} does: one like per account and post, idempotent both ways, and a
 * {@code likesCount} (read through {@link ContentQueries#likes}) that stays exact, also under concurrent
 * likes and unlikes.
 */
public abstract class LikeRepositoryContract extends SocialPortsContract {

    @Test
    void a_like_counts_once_and_shows_as_liked_by_its_account_only() {
        Account author = stored();
        Account fan = stored();
        Post post = storedPost(author);

        boolean added = transactor().inTransaction(() -> likes().add(likeId(), post.id(), fan.id(), T0));
        boolean again = transactor().inTransaction(() -> likes().add(likeId(), post.id(), fan.id(), T0));

        assertThat(added).isTrue();
        assertThat(again).isFalse();
        assertThat(content().likes(post.id(), fan.id())).isEqualTo(new LikeSummary(1, true));
        assertThat(content().likes(post.id(), author.id())).isEqualTo(new LikeSummary(1, false));
    }

    @Test
    void liking_a_post_deleted_a_moment_ago_is_post_not_found() {
        Account author = stored();
        Account fan = stored();
        Post post = storedPost(author);
        transactor().run(() -> posts().delete(post.id()));

        assertThatThrownBy(() -> transactor().run(() -> likes().add(likeId(), post.id(), fan.id(), T0)))
                .isInstanceOf(ContentErrors.PostNotFound.class);
    }

    @Test
    void a_like_by_an_account_erased_a_moment_ago_is_refused_as_unauthenticated() {
        Account author = stored();
        Account fan = stored();
        Post post = storedPost(author);
        transactor().run(() -> accounts().delete(fan.id()));

        assertThatThrownBy(() -> transactor().run(() -> likes().add(likeId(), post.id(), fan.id(), T0)))
                .isInstanceOf(AccountErrors.InvalidAccessToken.class);
        assertThat(content().likes(post.id(), author.id())).isEqualTo(new LikeSummary(0, false));
    }

    @Test
    void unliking_uncounts_and_unliking_again_does_nothing() {
        Account author = stored();
        Account fan = stored();
        Post post = storedPost(author);
        transactor().run(() -> likes().add(likeId(), post.id(), fan.id(), T0));

        assertThat(transactor().inTransaction(() -> likes().remove(post.id(), fan.id()))).isTrue();
        assertThat(transactor().inTransaction(() -> likes().remove(post.id(), fan.id()))).isFalse();
        assertThat(transactor().inTransaction(() -> likes().remove(post.id(), author.id()))).isFalse();

        assertThat(content().likes(post.id(), fan.id())).isEqualTo(new LikeSummary(0, false));
    }

    @Test
    void counts_likes_per_post() {
        Account author = stored();
        Post post = storedPost(author);
        Post other = storedPost(author);
        List<Account> fans = List.of(stored(), stored(), stored());

        transactor().run(() -> fans.forEach(fan -> likes().add(likeId(), post.id(), fan.id(), T0)));
        transactor().run(() -> likes().add(likeId(), other.id(), fans.get(0).id(), T0));

        assertThat(content().likes(post.id(), author.id())).isEqualTo(new LikeSummary(3, false));
        assertThat(content().likes(other.id(), author.id())).isEqualTo(new LikeSummary(1, false));
        assertThat(content().post(post.id(), fans.get(1).id()).orElseThrow())
                .satisfies(view -> {
                    assertThat(view.likesCount()).isEqualTo(3);
                    assertThat(view.likedByMe()).isTrue();
                });
    }

    @Test
    void a_like_can_be_made_again_after_it_was_removed() {
        Account author = stored();
        Post post = storedPost(author);
        transactor().run(() -> likes().add(likeId(), post.id(), author.id(), T0));
        transactor().run(() -> likes().remove(post.id(), author.id()));

        assertThat(transactor().inTransaction(() -> likes().add(likeId(), post.id(), author.id(), T0))).isTrue();

        assertThat(content().likes(post.id(), author.id())).isEqualTo(new LikeSummary(1, true));
    }

    @Test
    void knows_no_likes_of_an_unknown_post() {
        Account viewer = stored();

        assertThat(content().likes(new PostId(uuid()), viewer.id())).isEqualTo(new LikeSummary(0, false));
    }

    @Test
    void the_count_stays_exact_under_concurrent_likes_and_unlikes() throws Exception {
        Account author = stored();
        Post post = storedPost(author);
        List<Account> fans = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            fans.add(stored());
        }
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> calls = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                calls.add(() -> {
                    // Every thread likes then unlikes every fan's like, ending with a like: all end liked.
                    for (int round = 0; round < 3; round++) {
                        for (Account fan : fans) {
                            transactor().run(() -> likes().add(likeId(), post.id(), fan.id(), T0));
                            transactor().run(() -> likes().remove(post.id(), fan.id()));
                        }
                    }
                    for (Account fan : fans) {
                        transactor().run(() -> likes().add(likeId(), post.id(), fan.id(), T0));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(calls)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(content().likes(post.id(), fans.get(0).id())).isEqualTo(new LikeSummary(fans.size(), true));
    }

    private Post storedPost(Account author) {
        Post post = post(author.id());
        transactor().run(() -> posts().add(post));
        return post;
    }
}
