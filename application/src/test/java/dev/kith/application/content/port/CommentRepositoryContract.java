package dev.kith.application.content.port;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.account;
import static dev.kith.application.account.port.AccountFixtures.uuid;
import static dev.kith.application.content.port.ContentFixtures.comment;
import static dev.kith.application.content.port.ContentFixtures.post;
import static dev.kith.application.content.port.ContentFixtures.reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.application.testing.SocialPortsContract;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.content.Comment;
import dev.kith.domain.content.CommentId;
import dev.kith.domain.content.ContentErrors;
import dev.kith.domain.content.Post;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CommentRepository} does: comments stored whole, and each post's {@code commentsCount}
 * (read through {@link ContentQueries}) counting comments and replies exactly, also when a comment goes
 * with its replies.
 */
public abstract class CommentRepositoryContract extends SocialPortsContract {

    @Test
    void stores_a_comment_and_a_reply_whole() {
        Account author = stored();
        Account fan = stored();
        Post post = storedPost(author);
        Comment comment = new Comment(new CommentId(uuid()), post.id(), Optional.empty(), fan.id(),
                "Zoë 🌍 to @" + author.username(), Set.of(author.id()), T0);
        Comment answer = new Comment(new CommentId(uuid()), post.id(), Optional.of(comment.id()), author.id(),
                "thanks @" + fan.username(), Set.of(fan.id()), T0.plusSeconds(1));

        transactor().run(() -> {
            comments().add(comment);
            comments().add(answer);
        });

        assertThat(comments().find(comment.id())).contains(comment);
        assertThat(comments().find(answer.id())).contains(answer);
    }

    @Test
    void a_comment_on_a_post_deleted_a_moment_ago_is_post_not_found() {
        Account author = stored();
        Account fan = stored();
        Post post = storedPost(author);
        transactor().run(() -> posts().delete(post.id()));

        assertThatThrownBy(() -> transactor().run(() -> comments().add(comment(post.id(), fan.id()))))
                .isInstanceOf(ContentErrors.PostNotFound.class);
    }

    @Test
    void a_reply_to_a_comment_deleted_a_moment_ago_is_comment_not_found() {
        Account author = stored();
        Account fan = stored();
        Post post = storedPost(author);
        Comment comment = comment(post.id(), fan.id());
        transactor().run(() -> comments().add(comment));
        transactor().run(() -> comments().delete(comment.id()));

        assertThatThrownBy(() -> transactor().run(() -> comments().add(reply(comment, author.id()))))
                .isInstanceOf(ContentErrors.CommentNotFound.class);
        assertThat(commentsCount(post)).isZero();
    }

    @Test
    void a_comment_by_an_account_erased_a_moment_ago_is_refused_as_unauthenticated() {
        Account author = stored();
        Account fan = stored();
        Post post = storedPost(author);
        transactor().run(() -> accounts().delete(fan.id()));

        assertThatThrownBy(() -> transactor().run(() -> comments().add(comment(post.id(), fan.id()))))
                .isInstanceOf(AccountErrors.InvalidAccessToken.class);
    }

    @Test
    void finds_nothing_for_an_unknown_comment() {
        assertThat(comments().find(new CommentId(uuid()))).isEmpty();
    }

    @Test
    void counts_comments_and_replies_on_their_post_only() {
        Account author = stored();
        Post post = storedPost(author);
        Post other = storedPost(author);
        Comment comment = comment(post.id(), author.id());

        transactor().run(() -> {
            comments().add(comment);
            comments().add(reply(comment, author.id()));
            comments().add(comment(post.id(), author.id()));
        });

        assertThat(commentsCount(post)).isEqualTo(3);
        assertThat(commentsCount(other)).isZero();
    }

    @Test
    void deleting_a_comment_deletes_its_replies_and_uncounts_them_all() {
        Account author = stored();
        Account fan = stored();
        Post post = storedPost(author);
        Comment comment = comment(post.id(), fan.id());
        Comment first = reply(comment, author.id());
        Comment second = reply(comment, fan.id());
        Comment kept = comment(post.id(), author.id());
        Comment keptReply = reply(kept, fan.id());
        transactor().run(() -> {
            comments().add(comment);
            comments().add(first);
            comments().add(second);
            comments().add(kept);
            comments().add(keptReply);
        });

        int deleted = transactor().inTransaction(() -> comments().delete(comment.id()));

        assertThat(deleted).isEqualTo(3);
        assertThat(comments().find(comment.id())).isEmpty();
        assertThat(comments().find(first.id())).isEmpty();
        assertThat(comments().find(second.id())).isEmpty();
        assertThat(comments().find(kept.id())).isPresent();
        assertThat(comments().find(keptReply.id())).isPresent();
        assertThat(commentsCount(post)).isEqualTo(2);
    }

    @Test
    void deleting_a_reply_keeps_its_parent() {
        Account author = stored();
        Post post = storedPost(author);
        Comment comment = comment(post.id(), author.id());
        Comment answer = reply(comment, author.id());
        transactor().run(() -> {
            comments().add(comment);
            comments().add(answer);
        });

        int deleted = transactor().inTransaction(() -> comments().delete(answer.id()));

        assertThat(deleted).isEqualTo(1);
        assertThat(comments().find(comment.id())).isPresent();
        assertThat(commentsCount(post)).isEqualTo(1);
    }

    @Test
    void deleting_an_absent_comment_does_nothing() {
        Account author = stored();
        Post post = storedPost(author);
        Comment comment = comment(post.id(), author.id());
        transactor().run(() -> comments().add(comment));
        transactor().run(() -> comments().delete(comment.id()));

        assertThat(transactor().inTransaction(() -> comments().delete(comment.id()))).isZero();
        assertThat(transactor().inTransaction(() -> comments().delete(new CommentId(uuid())))).isZero();
        assertThat(commentsCount(post)).isZero();
    }

    private long commentsCount(Post post) {
        return content().post(post.id(), post.author()).orElseThrow().commentsCount();
    }

    private Post storedPost(Account author) {
        Post post = post(author.id());
        transactor().run(() -> posts().add(post));
        return post;
    }
}
