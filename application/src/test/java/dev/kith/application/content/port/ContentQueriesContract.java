package dev.kith.application.content.port;

import dev.kith.application.graph.Scopes;
import dev.kith.application.testing.SocialPortsContract;
import dev.kith.domain.account.AccountId;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.account;
import static dev.kith.application.account.port.AccountFixtures.uuid;
import static dev.kith.application.content.port.ContentFixtures.comment;
import static dev.kith.application.content.port.ContentFixtures.groupPost;
import static dev.kith.application.content.port.ContentFixtures.likeId;
import static dev.kith.application.content.port.ContentFixtures.post;
import static dev.kith.application.content.port.ContentFixtures.reply;
import static dev.kith.application.graph.port.GraphFixtures.followId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.kith.application.account.port.AccountSummary;
import dev.kith.application.shared.Keyed;
import dev.kith.domain.account.Account;
import dev.kith.domain.content.Comment;
import dev.kith.domain.content.CommentId;
import dev.kith.domain.content.LikeId;
import dev.kith.domain.content.Post;
import dev.kith.domain.content.PostId;
import dev.kith.domain.graph.FollowState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ContentQueries} does: posts as a viewer sees them (author, kept counts, likedByMe),
 * the home timeline (own posts and accepted followees', newest first, no group posts), an author's posts,
 * comments oldest first and likers newest first; keyset pages whose {@code before}/{@code after} key is
 * exclusive; rows by accounts blocked either way left out of every list.
 */
public abstract class ContentQueriesContract extends SocialPortsContract {

    @Test
    void shows_a_post_with_its_author_counts_and_whether_the_viewer_likes_it() {
        Account author = storedNamed("Ada");
        Account fan = stored();
        Post post = groupPost(author.id(), storedGroup(author.id()));
        Comment comment = comment(post.id(), fan.id());
        transactor().run(() -> {
            publish(post);
            comments().add(comment);
            comments().add(reply(comment, author.id()));
            likes().add(likeId(), post.id(), fan.id(), T0);
        });

        PostView seenByFan = content().post(post.id(), fan.id()).orElseThrow();
        PostView seenByAuthor = content().post(post.id(), author.id()).orElseThrow();

        assertThat(seenByFan).isEqualTo(new PostView(post.id(), summary(author, "Ada"), post.text(), List.of(),
                post.group(), 1, 2, true, T0));
        assertThat(seenByAuthor.likedByMe()).isFalse();
        assertThat(content().post(new PostId(uuid()), fan.id())).isEmpty();
    }

    @Test
    void the_home_timeline_has_own_and_followed_posts_newest_first_without_requests_strangers_or_others_groups() {
        Account viewer = stored();
        Account followed = stored();
        Account requested = storedPrivate();
        Account stranger = stored();
        Account follower = stored();
        transactor().run(() -> {
            follow(viewer.id(), followed.id(), FollowState.FOLLOWING);
            follow(viewer.id(), requested.id(), FollowState.REQUESTED);
            follow(follower.id(), viewer.id(), FollowState.FOLLOWING);
        });
        Post a1 = storedPost(followed);
        Post v1 = storedPost(viewer);
        storedPost(requested);
        storedPost(stranger);
        storedPost(follower);
        // groups the viewer is not a member of
        transactor().run(() -> publish(groupPost(followed.id(), storedGroup(followed.id()))));
        transactor().run(() -> publish(groupPost(follower.id(), storedGroup(follower.id()))));
        Post a2 = storedPost(followed);
        Post v2 = storedPost(viewer);

        List<PostView> timeline = content().homeTimeline(Scopes.of(viewer.id()), Optional.empty(), 20);

        assertThat(timeline).extracting(PostView::id).containsExactly(v2.id(), a2.id(), v1.id(), a1.id());
        assertThat(timeline.get(1).author()).isEqualTo(summary(followed, null));
    }

    @Test
    void the_home_timeline_pages_before_an_exclusive_post_id() {
        Account viewer = stored();
        Account followed = stored();
        transactor().run(() -> follow(viewer.id(), followed.id(), FollowState.FOLLOWING));
        List<Post> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(storedPost(i % 2 == 0 ? followed : viewer));
        }

        List<PostView> first = content().homeTimeline(Scopes.of(viewer.id()), Optional.empty(), 2);
        List<PostView> second = content().homeTimeline(Scopes.of(viewer.id()), Optional.of(first.get(1).id()), 2);
        List<PostView> last = content().homeTimeline(Scopes.of(viewer.id()), Optional.of(second.get(1).id()), 2);
        List<PostView> beyond = content().homeTimeline(Scopes.of(viewer.id()), Optional.of(made.get(0).id()), 2);

        assertThat(first).extracting(PostView::id).containsExactly(made.get(4).id(), made.get(3).id());
        assertThat(second).extracting(PostView::id).containsExactly(made.get(2).id(), made.get(1).id());
        assertThat(last).extracting(PostView::id).containsExactly(made.get(0).id());
        assertThat(beyond).isEmpty();
    }

    @Test
    void every_timeline_row_has_its_own_counts_and_like_of_the_viewer() {
        Account viewer = stored();
        Account followed = storedNamed("Followed");
        Account other = stored();
        transactor().run(() -> follow(viewer.id(), followed.id(), FollowState.FOLLOWING));
        Post liked = storedPost(followed);
        Post commented = storedPost(followed);
        Post own = storedPost(viewer);
        transactor().run(() -> {
            likes().add(likeId(), liked.id(), viewer.id(), T0);
            likes().add(likeId(), liked.id(), other.id(), T0);
            likes().add(likeId(), own.id(), other.id(), T0);
            comments().add(comment(commented.id(), other.id()));
        });

        List<PostView> timeline = content().homeTimeline(Scopes.of(viewer.id()), Optional.empty(), 20);

        assertThat(timeline).extracting(PostView::id, PostView::likesCount, PostView::commentsCount, PostView::likedByMe)
                .containsExactly(
                        tuple(own.id(), 1L, 0L, false),
                        tuple(commented.id(), 0L, 1L, false),
                        tuple(liked.id(), 2L, 0L, true));
        assertThat(timeline.get(1).author()).isEqualTo(summary(followed, "Followed"));
    }

    @Test
    void the_home_timeline_forgets_an_unfollowed_account_and_leaves_out_blocked_ones() {
        Account viewer = stored();
        Account unfollowed = stored();
        Account blocking = stored();
        Account kept = stored();
        transactor().run(() -> {
            follow(viewer.id(), unfollowed.id(), FollowState.FOLLOWING);
            follow(viewer.id(), blocking.id(), FollowState.FOLLOWING);
            follow(viewer.id(), kept.id(), FollowState.FOLLOWING);
        });
        storedPost(unfollowed);
        storedPost(blocking);
        Post visible = storedPost(kept);

        transactor().run(() -> {
            unfollow(viewer.id(), unfollowed.id());
            // a block normally removes the follows too; the query must not rely on it
            blocks().add(blocking.id(), viewer.id(), T0);
        });

        assertThat(content().homeTimeline(Scopes.of(viewer.id()), Optional.empty(), 20)).extracting(PostView::id)
                .containsExactly(visible.id());
    }

    @Test
    void the_home_timeline_of_an_account_with_nothing_is_empty() {
        Account viewer = stored();

        assertThat(content().homeTimeline(Scopes.of(viewer.id()), Optional.empty(), 20)).isEmpty();
    }

    @Test
    void lists_an_authors_posts_outside_groups_newest_first_in_pages() {
        Account author = stored();
        Account viewer = stored();
        Post first = storedPost(author);
        transactor().run(() -> publish(groupPost(author.id(), storedGroup(author.id()))));
        storedPost(viewer);
        Post second = storedPost(author);
        Post third = storedPost(author);
        transactor().run(() -> likes().add(likeId(), second.id(), viewer.id(), T0));

        List<PostView> page = content().postsBy(author.id(), Scopes.of(viewer.id()), Optional.empty(), 2);
        List<PostView> next = content().postsBy(author.id(), Scopes.of(viewer.id()), Optional.of(second.id()), 2);

        assertThat(page).extracting(PostView::id).containsExactly(third.id(), second.id());
        assertThat(page).extracting(PostView::likedByMe).containsExactly(false, true);
        assertThat(next).extracting(PostView::id).containsExactly(first.id());
        assertThat(content().postsBy(author.id(), Scopes.of(viewer.id()), Optional.of(first.id()), 2)).isEmpty();
    }

    @Test
    void leaves_out_the_posts_of_an_author_blocked_either_way() {
        Account viewer = stored();
        Account blocked = stored();
        Account blocking = stored();
        storedPost(blocked);
        storedPost(blocking);
        transactor().run(() -> {
            blocks().add(viewer.id(), blocked.id(), T0);
            blocks().add(blocking.id(), viewer.id(), T0);
        });

        assertThat(content().postsBy(blocked.id(), Scopes.of(viewer.id()), Optional.empty(), 10)).isEmpty();
        assertThat(content().postsBy(blocking.id(), Scopes.of(viewer.id()), Optional.empty(), 10)).isEmpty();
        assertThat(content().postsBy(blocking.id(), Scopes.of(blocking.id()), Optional.empty(), 10)).hasSize(1);
    }

    @Test
    void lists_comments_oldest_first_with_replies_among_them_in_pages() {
        Account author = storedNamed("Author");
        Account fan = stored();
        Post post = storedPost(author);
        Comment first = comment(post.id(), fan.id());
        Comment second = comment(post.id(), author.id());
        Comment answer = reply(first, author.id());
        Comment third = comment(post.id(), fan.id());
        transactor().run(() -> {
            comments().add(first);
            comments().add(second);
            comments().add(answer);
            comments().add(third);
            comments().add(comment(storedPost(fan).id(), fan.id()));
        });

        List<CommentView> page = content().comments(post.id(), Scopes.of(fan.id()), Optional.empty(), 3);
        List<CommentView> next = content().comments(post.id(), Scopes.of(fan.id()), Optional.of(page.get(2).id()), 3);

        assertThat(page).extracting(CommentView::id).containsExactly(first.id(), second.id(), answer.id());
        assertThat(page.get(2)).isEqualTo(new CommentView(answer.id(), post.id(), Optional.of(first.id()),
                summary(author, "Author"), answer.text(), T0));
        assertThat(next).extracting(CommentView::id).containsExactly(third.id());
        assertThat(content().comments(post.id(), Scopes.of(fan.id()), Optional.of(third.id()), 3)).isEmpty();
    }

    @Test
    void leaves_out_comments_by_accounts_blocked_either_way() {
        Account author = stored();
        Account viewer = stored();
        Account blocked = stored();
        Account blocking = stored();
        Post post = storedPost(author);
        Comment visible = comment(post.id(), author.id());
        transactor().run(() -> {
            comments().add(comment(post.id(), blocked.id()));
            comments().add(visible);
            comments().add(comment(post.id(), blocking.id()));
            blocks().add(viewer.id(), blocked.id(), T0);
            blocks().add(blocking.id(), viewer.id(), T0);
        });

        assertThat(content().comments(post.id(), Scopes.of(viewer.id()), Optional.empty(), 10)).extracting(CommentView::id)
                .containsExactly(visible.id());
        assertThat(content().comments(post.id(), Scopes.of(author.id()), Optional.empty(), 10)).hasSize(3);
    }

    @Test
    void lists_likers_newest_like_first_keyed_by_like_id_without_blocked_accounts() {
        Account author = stored();
        Account viewer = stored();
        Account blocked = stored();
        Account first = stored();
        Account second = storedNamed("Second");
        Account third = stored();
        Post post = storedPost(author);
        LikeId firstLike = likeId();
        LikeId secondLike = likeId();
        LikeId thirdLike = likeId();
        transactor().run(() -> {
            likes().add(firstLike, post.id(), first.id(), T0);
            likes().add(likeId(), post.id(), blocked.id(), T0);
            likes().add(secondLike, post.id(), second.id(), T0);
            likes().add(thirdLike, post.id(), third.id(), T0);
            blocks().add(blocked.id(), viewer.id(), T0);
        });

        List<Keyed<UUID, AccountSummary>> page = content().likers(post.id(), Scopes.of(viewer.id()), Optional.empty(), 2);
        List<Keyed<UUID, AccountSummary>> next = content().likers(post.id(), Scopes.of(viewer.id()), Optional.of(page.get(1).key()), 2);

        assertThat(page).extracting(Keyed::key).containsExactly(thirdLike.value(), secondLike.value());
        assertThat(page.get(1).value()).isEqualTo(summary(second, "Second"));
        assertThat(next).extracting(Keyed::key).containsExactly(firstLike.value());
        assertThat(content().likers(post.id(), Scopes.of(author.id()), Optional.empty(), 10)).hasSize(4);
    }

    @Test
    void lists_are_empty_for_a_post_without_comments_or_likes() {
        Account author = stored();
        Post post = storedPost(author);

        assertThat(content().comments(post.id(), Scopes.of(author.id()), Optional.empty(), 10)).isEmpty();
        assertThat(content().likers(post.id(), Scopes.of(author.id()), Optional.empty(), 10)).isEmpty();
        assertThat(content().comments(post.id(), Scopes.of(author.id()), Optional.of(new CommentId(uuid())), 10)).isEmpty();
    }

    private static AccountSummary summary(Account account, String displayName) {
        return new AccountSummary(account.id(), account.username().value(), Optional.ofNullable(displayName), Optional.empty());
    }

    private Post storedPost(Account author) {
        Post post = post(author.id());
        transactor().run(() -> publish(post));
        return post;
    }

    @Test
    void no_list_is_read_without_the_viewer_scope_the_policy_makes() {
        AccountId someone = new AccountId(uuid());
        PostId somePost = new PostId(uuid());

        assertThatNullPointerException().isThrownBy(() -> content().homeTimeline(null, Optional.empty(), 10));
        assertThatNullPointerException().isThrownBy(() -> content().postsBy(someone, null, Optional.empty(), 10));
        assertThatNullPointerException().isThrownBy(() -> content().comments(somePost, null, Optional.empty(), 10));
        assertThatNullPointerException().isThrownBy(() -> content().likers(somePost, null, Optional.empty(), 10));
    }
}
