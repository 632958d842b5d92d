package dev.kith.application.account.port;

import dev.kith.application.graph.Scopes;
import dev.kith.application.testing.SocialPortsContract;
import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.account;
import static dev.kith.application.account.port.AccountFixtures.uuid;
import static dev.kith.application.content.port.ContentFixtures.comment;
import static dev.kith.application.content.port.ContentFixtures.likeId;
import static dev.kith.application.content.port.ContentFixtures.post;
import static dev.kith.application.content.port.ContentFixtures.reply;
import static dev.kith.application.graph.port.GraphFixtures.followId;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.application.content.port.PostView;
import dev.kith.application.profile.port.ProfileView;
import dev.kith.domain.account.Account;
import dev.kith.domain.content.Comment;
import dev.kith.domain.content.CommentId;
import dev.kith.domain.content.Post;
import dev.kith.domain.content.PostId;
import dev.kith.domain.graph.FollowState;
import dev.kith.domain.graph.Relationship;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AccountErasure} does: the erased account's follows both ways, requests, blocks, posts,
 * comments (with the replies to them), likes and mentions go, and every counter of the accounts and posts
 * that remain stays exact. Each test erases as the account deletion does: erasure, then the account, in
 * one unit.
 */
public abstract class AccountErasureContract extends SocialPortsContract {

    @Test
    void uncounts_the_follows_of_the_erased_account_in_both_directions() {
        Account erased = stored();
        Account friend = stored();
        Account followed = stored();
        Account fan = stored();
        Account asked = stored();
        Account asking = stored();
        transactor().run(() -> {
            follows().add(followId(), erased.id(), friend.id(), FollowState.FOLLOWING, T0);
            follows().add(followId(), friend.id(), erased.id(), FollowState.FOLLOWING, T0);
            follows().add(followId(), erased.id(), followed.id(), FollowState.FOLLOWING, T0);
            follows().add(followId(), fan.id(), erased.id(), FollowState.FOLLOWING, T0);
            follows().add(followId(), erased.id(), asked.id(), FollowState.REQUESTED, T0);
            follows().add(followId(), asking.id(), erased.id(), FollowState.REQUESTED, T0);
            follows().add(followId(), fan.id(), friend.id(), FollowState.FOLLOWING, T0);
        });

        erase(erased);

        assertCounts(friend, 1, 0);
        assertCounts(followed, 0, 0);
        assertCounts(fan, 0, 1);
        assertCounts(asked, 0, 0);
        assertCounts(asking, 0, 0);
        assertThat(follows().find(fan.id(), friend.id())).contains(FollowState.FOLLOWING);
        assertThat(follows().find(asking.id(), erased.id())).isEmpty();
        assertThat(graph().pendingRequests(asked.id(), Optional.empty(), 10)).isEmpty();
        assertThat(graph().followers(friend.id(), Scopes.of(friend.id()), Optional.empty(), 10)).extracting(row -> row.value().id())
                .containsExactly(fan.id());
    }

    @Test
    void removes_blocks_both_ways() {
        Account erased = stored();
        Account blocked = stored();
        Account blocking = stored();
        transactor().run(() -> {
            blocks().add(erased.id(), blocked.id(), T0);
            blocks().add(blocking.id(), erased.id(), T0);
            blocks().add(blocking.id(), blocked.id(), T0);
        });

        erase(erased);

        assertThat(graph().audience(blocked.id(), blocking.id()).orElseThrow().relationship())
                .isEqualTo(new Relationship(false, false, false, false, true));
        assertThat(graph().audience(blocked.id(), erased.id())).isEmpty();
    }

    @Test
    void uncounts_its_likes_and_its_comments_with_the_replies_to_them() {
        Account erased = stored();
        Account author = stored();
        Account other = stored();
        Post post = storedPost(author);
        Comment byErased = comment(post.id(), erased.id());
        Comment replyToErased = reply(byErased, other.id());
        Comment byOther = comment(post.id(), other.id());
        Comment replyByErased = reply(byOther, erased.id());
        Comment replyByAuthor = reply(byOther, author.id());
        transactor().run(() -> {
            likes().add(likeId(), post.id(), erased.id(), T0);
            likes().add(likeId(), post.id(), other.id(), T0);
            comments().add(byErased);
            comments().add(replyToErased);
            comments().add(byOther);
            comments().add(replyByErased);
            comments().add(replyByAuthor);
        });

        erase(erased);

        PostView view = content().post(post.id(), other.id()).orElseThrow();
        assertThat(view.likesCount()).isEqualTo(1);
        assertThat(view.likedByMe()).isTrue();
        assertThat(view.commentsCount()).isEqualTo(2);
        assertThat(comments().find(byErased.id())).isEmpty();
        assertThat(comments().find(replyToErased.id())).isEmpty();
        assertThat(comments().find(replyByErased.id())).isEmpty();
        assertThat(comments().find(byOther.id())).isPresent();
        assertThat(comments().find(replyByAuthor.id())).isPresent();
        assertThat(content().likers(post.id(), Scopes.of(author.id()), Optional.empty(), 10)).extracting(row -> row.value().id())
                .containsExactly(other.id());
    }

    @Test
    void deletes_its_posts_with_what_others_left_on_them_and_keeps_their_counts() {
        Account erased = stored();
        Account other = stored();
        Post own = storedPost(erased);
        Post others = storedPost(other);
        Comment onOwn = comment(own.id(), other.id());
        transactor().run(() -> {
            comments().add(onOwn);
            likes().add(likeId(), own.id(), other.id(), T0);
            likes().add(likeId(), own.id(), erased.id(), T0);
        });

        erase(erased);

        assertThat(posts().find(own.id())).isEmpty();
        assertThat(comments().find(onOwn.id())).isEmpty();
        assertThat(content().likes(own.id(), other.id()).likesCount()).isZero();
        assertThat(posts().find(others.id())).isPresent();
        assertCounts(other, 0, 0);
        assertThat(profiles().byUsername(other.username()).orElseThrow().postsCount()).isEqualTo(1);
    }

    @Test
    void removes_its_mentions_from_the_posts_and_comments_of_others() {
        Account erased = stored();
        Account other = stored();
        Account third = stored();
        Post post = new Post(new PostId(uuid()), other.id(), "hi @" + erased.username() + " @" + third.username(), List.of(),
                Optional.empty(), Set.of(erased.id(), third.id()), T0);
        Comment comment = new Comment(new CommentId(uuid()), post.id(), Optional.empty(), third.id(),
                "@" + erased.username(), Set.of(erased.id()), T0);
        transactor().run(() -> {
            posts().add(post);
            comments().add(comment);
        });

        erase(erased);

        assertThat(posts().find(post.id()).orElseThrow().mentions()).containsExactly(third.id());
        assertThat(comments().find(comment.id()).orElseThrow().mentions()).isEmpty();
    }

    @Test
    void erasing_an_account_that_did_nothing_works() {
        Account erased = stored();

        erase(erased);

        assertThat(accounts().findById(erased.id())).isEmpty();
    }

    private void erase(Account account) {
        transactor().run(() -> {
            erasure().eraseEverythingOf(account.id(), T0.plusSeconds(60));
            accounts().delete(account.id());
        });
    }

    private Post storedPost(Account author) {
        Post post = post(author.id());
        transactor().run(() -> posts().add(post));
        return post;
    }

    private void assertCounts(Account account, long followers, long following) {
        ProfileView profile = profiles().byUsername(account.username()).orElseThrow();
        assertThat(profile.followersCount()).as("followers of " + account.username()).isEqualTo(followers);
        assertThat(profile.followingCount()).as("following of " + account.username()).isEqualTo(following);
    }
}
