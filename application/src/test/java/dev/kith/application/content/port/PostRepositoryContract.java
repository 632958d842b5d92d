package dev.kith.application.content.port;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.account;
import static dev.kith.application.account.port.AccountFixtures.uuid;
import static dev.kith.application.content.port.ContentFixtures.comment;
import static dev.kith.application.content.port.ContentFixtures.groupPost;
import static dev.kith.application.content.port.ContentFixtures.likeId;
import static dev.kith.application.content.port.ContentFixtures.post;
import static dev.kith.application.content.port.ContentFixtures.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.application.profile.port.ProfileQueries;
import dev.kith.application.testing.SocialPortsContract;
import dev.kith.domain.account.Account;
import dev.kith.domain.content.Comment;
import dev.kith.domain.content.Post;
import dev.kith.domain.content.PostId;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.shared.MediaId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PostRepository} does: posts stored whole (media in order, group, mentions), the
 * author's {@code postsCount} exact (group posts count too), and deletion taking comments, likes and
 * mentions with the post. Counts are read through {@link ProfileQueries} and {@link ContentQueries}.
 */
public abstract class PostRepositoryContract extends SocialPortsContract {

    @Test
    void stores_a_post_whole() {
        Account author = stored();
        Account bob = stored();
        Account carol = stored();
        Post post = new Post(new PostId(uuid()), author.id(), "Zoë 🌍 says hi\nto @" + bob.username() + " and @" + carol.username(),
                List.of(new MediaId(uuid()), new MediaId(uuid())), Optional.of(storedGroup(author.id())),
                Set.of(bob.id(), carol.id()), T0);

        transactor().run(() -> posts().add(post));

        assertThat(posts().find(post.id())).contains(post);
    }

    @Test
    void finds_nothing_for_an_unknown_post() {
        assertThat(posts().find(new PostId(uuid()))).isEmpty();
    }

    @Test
    void a_new_post_has_no_likes_or_comments() {
        Account author = stored();
        Post post = post(author.id());

        transactor().run(() -> posts().add(post));

        PostView view = content().post(post.id(), author.id()).orElseThrow();
        assertThat(view.likesCount()).isZero();
        assertThat(view.commentsCount()).isZero();
        assertThat(view.likedByMe()).isFalse();
    }

    @Test
    void counts_every_post_of_its_author_group_posts_too() {
        Account author = stored();
        Account other = stored();
        GroupId group = storedGroup(author.id());

        transactor().run(() -> {
            posts().add(post(author.id()));
            posts().add(groupPost(author.id(), group));
            posts().add(post(other.id()));
        });

        assertThat(postsCount(author)).isEqualTo(2);
        assertThat(postsCount(other)).isEqualTo(1);
    }

    @Test
    void deleting_a_post_uncounts_it_and_deleting_again_does_nothing() {
        Account author = stored();
        Post kept = post(author.id());
        Post deleted = post(author.id());
        transactor().run(() -> {
            posts().add(kept);
            posts().add(deleted);
        });

        transactor().run(() -> posts().delete(deleted.id()));
        transactor().run(() -> posts().delete(deleted.id()));
        transactor().run(() -> posts().delete(new PostId(uuid())));

        assertThat(posts().find(deleted.id())).isEmpty();
        assertThat(posts().find(kept.id())).isPresent();
        assertThat(content().post(deleted.id(), author.id())).isEmpty();
        assertThat(postsCount(author)).isEqualTo(1);
    }

    @Test
    void deleting_a_post_deletes_its_comments_likes_and_mentions_and_nothing_else() {
        Account author = stored();
        Account fan = stored();
        Post post = new Post(new PostId(uuid()), author.id(), "hi @" + fan.username(), List.of(), Optional.empty(), Set.of(fan.id()), T0);
        Post other = post(author.id());
        Comment comment = comment(post.id(), fan.id());
        Comment answer = reply(comment, author.id());
        Comment elsewhere = comment(other.id(), fan.id());
        transactor().run(() -> {
            posts().add(post);
            posts().add(other);
            comments().add(comment);
            comments().add(answer);
            comments().add(elsewhere);
            likes().add(likeId(), post.id(), fan.id(), T0);
            likes().add(likeId(), other.id(), fan.id(), T0);
        });

        transactor().run(() -> posts().delete(post.id()));

        assertThat(comments().find(comment.id())).isEmpty();
        assertThat(comments().find(answer.id())).isEmpty();
        assertThat(content().likes(post.id(), fan.id())).isEqualTo(new LikeSummary(0, false));
        assertThat(comments().find(elsewhere.id())).isPresent();
        assertThat(content().likes(other.id(), fan.id())).isEqualTo(new LikeSummary(1, true));
        assertThat(content().post(other.id(), fan.id()).orElseThrow().commentsCount()).isEqualTo(1);
    }

    @Test
    void a_rolled_back_post_leaves_neither_post_nor_count() {
        Account author = stored();
        Post post = post(author.id());

        assertThatThrownBy(() -> transactor().run(() -> {
            posts().add(post);
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(posts().find(post.id())).isEmpty();
        assertThat(postsCount(author)).isZero();
    }

    private long postsCount(Account account) {
        return profiles().byUsername(account.username()).orElseThrow().postsCount();
    }
}
