package dev.kith.adapter.inmemory;

import dev.kith.application.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.application.Kith;
import dev.kith.application.account.Authenticate;
import dev.kith.application.account.DeleteAccount;
import dev.kith.application.account.LogIn;
import dev.kith.application.account.RegisterAccount;
import dev.kith.application.profile.UpdateProfile;
import dev.kith.application.account.VerifyEmail;
import dev.kith.application.account.port.AccountSummary;
import dev.kith.application.content.CommentOnPost;
import dev.kith.application.content.DeleteComment;
import dev.kith.application.content.DeletePost;
import dev.kith.application.content.GetPost;
import dev.kith.application.content.LikePost;
import dev.kith.application.content.ListComments;
import dev.kith.application.content.ListPostLikes;
import dev.kith.application.content.ListPosts;
import dev.kith.application.content.PublishPost;
import dev.kith.application.content.port.CommentView;
import dev.kith.application.content.port.PostView;
import dev.kith.application.graph.AnswerFollowRequest;
import dev.kith.application.graph.BlockAccount;
import dev.kith.application.graph.FollowAccount;
import dev.kith.application.graph.ListConnections;
import dev.kith.application.graph.UnfollowAccount;
import dev.kith.application.profile.GetProfile;
import dev.kith.application.profile.ProfileResult;
import dev.kith.application.profile.SearchProfiles;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.Change;
import dev.kith.application.shared.Page;
import dev.kith.application.shared.PageRequest;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.content.ContentErrors;
import dev.kith.domain.graph.FollowState;
import dev.kith.domain.graph.GraphErrors;
import dev.kith.domain.shared.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The social core's rules, end to end on the in-memory core. */
class SocialScenariosTest {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    private static final Actor ANYONE = Actor.anonymous();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T18:00:00Z"));
    private final InMemoryKith core = InMemoryKith.create(clock);
    private final Kith kith = core.kith();

    private Actor member(String username) {
        kith.accounts().register().execute(ANYONE, new RegisterAccount.Command(username, username + "@example.com", "password of " + username));
        core.deliverMail();
        Matcher matcher = TOKEN.matcher(core.sentMail().get(core.sentMail().size() - 1).body());
        assertThat(matcher.find()).isTrue();
        kith.accounts().verifyEmail().execute(ANYONE, new VerifyEmail.Command(matcher.group(1)));
        String access = kith.accounts().logIn().execute(ANYONE, new LogIn.Command(username, "password of " + username)).accessToken();
        return kith.accounts().authenticate().execute(ANYONE, new Authenticate.Command(access));
    }

    private void makePrivate(Actor actor, boolean isPrivate) {
        kith.profiles().updateProfile().execute(actor, new UpdateProfile.Command(Change.keep(), Change.keep(), Change.keep(), Optional.of(isPrivate)));
    }

    private FollowState follow(Actor actor, String username) {
        return kith.graph().follow().execute(actor, new FollowAccount.Command(username));
    }

    private PostView post(Actor actor, String text) {
        clock.advance(Duration.ofSeconds(1));
        return kith.content().publishPost().execute(actor, new PublishPost.Command(text, List.of(), Optional.empty()));
    }

    private ProfileResult profile(Actor actor, String username) {
        return kith.profiles().getProfile().execute(actor, new GetProfile.Query(username));
    }

    private Page<PostView> postsOf(Actor actor, String username) {
        return kith.content().listPosts().execute(actor, ListPosts.Query.of(username, PageRequest.first()));
    }

    private Page<PostView> home(Actor actor, PageRequest page) {
        return kith.content().listPosts().execute(actor, ListPosts.Query.home(page));
    }

    @Test
    void following_a_public_account_is_immediate_and_counted_and_repeating_it_changes_nothing() {
        Actor alice = member("alice");
        member("bob");

        assertThat(follow(alice, "bob")).isEqualTo(FollowState.FOLLOWING);
        assertThat(follow(alice, "BOB")).isEqualTo(FollowState.FOLLOWING);

        assertThat(profile(alice, "bob").profile().followersCount()).isEqualTo(1);
        assertThat(profile(alice, "alice").profile().followingCount()).isEqualTo(1);
        assertThat(profile(alice, "bob").relationship().following()).isTrue();
        assertThatThrownBy(() -> follow(alice, "alice")).isInstanceOf(GraphErrors.NotWithYourself.class);
        assertThatThrownBy(() -> follow(alice, "nobody")).isInstanceOf(AccountErrors.AccountNotFound.class);
    }

    @Test
    void a_private_account_decides_who_follows_it_and_going_public_accepts_the_rest() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        Actor carol = member("carol");
        Actor dave = member("dave");
        makePrivate(alice, true);

        assertThat(follow(bob, "alice")).isEqualTo(FollowState.REQUESTED);
        assertThat(follow(carol, "alice")).isEqualTo(FollowState.REQUESTED);
        assertThat(follow(dave, "alice")).isEqualTo(FollowState.REQUESTED);
        assertThat(profile(bob, "alice").relationship().requested()).isTrue();
        assertThat(kith.graph().listConnections().execute(alice,
                new ListConnections.Query(ListConnections.Connections.REQUESTS, null, PageRequest.first())).items())
                .extracting(AccountSummary::username).containsExactly("dave", "carol", "bob");

        kith.graph().answerFollowRequest().execute(alice, new AnswerFollowRequest.Command("bob", true));
        kith.graph().answerFollowRequest().execute(alice, new AnswerFollowRequest.Command("carol", false));
        assertThatThrownBy(() -> kith.graph().answerFollowRequest().execute(alice, new AnswerFollowRequest.Command("carol", true)))
                .isInstanceOf(GraphErrors.NoSuchFollowRequest.class);
        assertThat(profile(alice, "alice").profile().followersCount()).isEqualTo(1);

        makePrivate(alice, false);
        assertThat(profile(alice, "alice").profile().followersCount()).isEqualTo(2);
        assertThat(profile(dave, "alice").relationship().following()).isTrue();
    }

    @Test
    void a_private_accounts_posts_and_lists_show_only_to_itself_and_accepted_followers() {
        Actor alice = member("alice");
        Actor follower = member("follower");
        Actor pending = member("pending");
        Actor stranger = member("stranger");
        makePrivate(alice, true);
        follow(follower, "alice");
        kith.graph().answerFollowRequest().execute(alice, new AnswerFollowRequest.Command("follower", true));
        follow(pending, "alice");
        PostView secret = post(alice, "for followers only");

        assertThat(postsOf(alice, "alice").items()).hasSize(1);
        assertThat(postsOf(follower, "alice").items()).extracting(PostView::text).containsExactly("for followers only");
        assertThat(home(follower, PageRequest.first()).items()).extracting(PostView::id).containsExactly(secret.id());
        for (Actor outsider : List.of(pending, stranger)) {
            assertThatThrownBy(() -> postsOf(outsider, "alice")).isInstanceOf(AccountErrors.AccountNotFound.class);
            assertThatThrownBy(() -> kith.content().getPost().execute(outsider, new GetPost.Query(secret.id().toString())))
                    .isInstanceOf(ContentErrors.PostNotFound.class);
            assertThatThrownBy(() -> kith.content().likePost().execute(outsider, new LikePost.Command(secret.id().toString(), true)))
                    .isInstanceOf(ContentErrors.PostNotFound.class);
            assertThatThrownBy(() -> kith.graph().listConnections().execute(outsider,
                    new ListConnections.Query(ListConnections.Connections.FOLLOWERS, "alice", PageRequest.first())))
                    .isInstanceOf(AccountErrors.AccountNotFound.class);
            assertThat(profile(outsider, "alice").profile().isPrivate()).isTrue();
            assertThat(home(outsider, PageRequest.first()).items()).isEmpty();
        }
    }

    @Test
    void blocking_removes_follows_both_ways_and_hides_each_from_the_other() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        follow(alice, "bob");
        follow(bob, "alice");
        PostView alicePost = post(alice, "hello");

        kith.graph().block().execute(alice, new BlockAccount.Command("bob", true));

        assertThat(profile(alice, "alice").profile().followersCount()).isZero();
        assertThat(profile(alice, "alice").profile().followingCount()).isZero();
        assertThatThrownBy(() -> profile(bob, "alice")).isInstanceOf(AccountErrors.AccountNotFound.class);
        assertThatThrownBy(() -> profile(alice, "bob")).isInstanceOf(AccountErrors.AccountNotFound.class);
        assertThatThrownBy(() -> follow(bob, "alice")).isInstanceOf(AccountErrors.AccountNotFound.class);
        assertThatThrownBy(() -> kith.content().getPost().execute(bob, new GetPost.Query(alicePost.id().toString())))
                .isInstanceOf(ContentErrors.PostNotFound.class);
        assertThatThrownBy(() -> kith.content().comment().execute(bob,
                new CommentOnPost.Command(alicePost.id().toString(), "hi", Optional.empty())))
                .isInstanceOf(ContentErrors.PostNotFound.class);
        assertThat(kith.profiles().search().execute(bob, new SearchProfiles.Query("ali", PageRequest.first())).items()).isEmpty();
        assertThat(home(bob, PageRequest.first()).items()).isEmpty();

        kith.graph().block().execute(alice, new BlockAccount.Command("bob", false));
        assertThat(profile(bob, "alice").relationship().following()).isFalse();
        assertThat(follow(bob, "alice")).isEqualTo(FollowState.FOLLOWING);
    }

    @Test
    void likes_are_idempotent_and_counted() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        String id = post(alice, "like me").id().toString();

        kith.content().likePost().execute(bob, new LikePost.Command(id, true));
        var twice = kith.content().likePost().execute(bob, new LikePost.Command(id, true));
        assertThat(twice.likesCount()).isEqualTo(1);
        assertThat(twice.likedByMe()).isTrue();
        assertThat(kith.content().listLikes().execute(alice, new ListPostLikes.Query(id, PageRequest.first())).items())
                .extracting(AccountSummary::username).containsExactly("bob");

        kith.content().likePost().execute(bob, new LikePost.Command(id, false));
        var unliked = kith.content().likePost().execute(bob, new LikePost.Command(id, false));
        assertThat(unliked.likesCount()).isZero();
        assertThat(unliked.likedByMe()).isFalse();
    }

    @Test
    void comments_take_one_level_of_replies_and_the_post_author_may_delete_them() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        Actor carol = member("carol");
        String postId = post(alice, "discuss").id().toString();
        CommentView top = kith.content().comment().execute(bob, new CommentOnPost.Command(postId, "first!", Optional.empty()));
        CommentView reply = kith.content().comment().execute(carol,
                new CommentOnPost.Command(postId, "reply to @bob", Optional.of(top.id().toString())));

        assertThatThrownBy(() -> kith.content().comment().execute(alice,
                new CommentOnPost.Command(postId, "too deep", Optional.of(reply.id().toString()))))
                .isInstanceOf(ContentErrors.ReplyToReply.class);
        assertThat(kith.content().listComments().execute(alice, new ListComments.Query(postId, PageRequest.first())).items())
                .extracting(CommentView::text).containsExactly("first!", "reply to @bob");
        assertThat(kith.content().getPost().execute(alice, new GetPost.Query(postId)).commentsCount()).isEqualTo(2);
        assertThatThrownBy(() -> kith.content().deleteComment().execute(carol, new DeleteComment.Command(top.id().toString())))
                .isInstanceOf(ContentErrors.NotYours.class);

        kith.content().deleteComment().execute(alice, new DeleteComment.Command(top.id().toString()));

        assertThat(kith.content().getPost().execute(alice, new GetPost.Query(postId)).commentsCount()).isZero();
    }

    @Test
    void only_the_author_deletes_a_post_and_its_comments_and_likes_go_with_it() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        String postId = post(alice, "short-lived").id().toString();
        kith.content().likePost().execute(bob, new LikePost.Command(postId, true));

        assertThatThrownBy(() -> kith.content().deletePost().execute(bob, new DeletePost.Command(postId)))
                .isInstanceOf(ContentErrors.NotYours.class);
        kith.content().deletePost().execute(alice, new DeletePost.Command(postId));

        assertThatThrownBy(() -> kith.content().getPost().execute(alice, new GetPost.Query(postId)))
                .isInstanceOf(ContentErrors.PostNotFound.class);
        assertThat(profile(alice, "alice").profile().postsCount()).isZero();
        assertThatThrownBy(() -> kith.content().getPost().execute(alice, new GetPost.Query("not-an-id")))
                .isInstanceOf(ContentErrors.PostNotFound.class);
    }

    @Test
    void the_home_timeline_pages_newest_first_through_own_and_followed_posts_only() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        Actor carol = member("carol");
        follow(alice, "bob");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            expected.add(0, post(i % 2 == 0 ? alice : bob, "post " + i).text());
            post(carol, "not followed " + i);
        }

        List<String> seen = new ArrayList<>();
        PageRequest page = new PageRequest(3, Optional.empty());
        Page<PostView> current;
        do {
            current = home(alice, page);
            current.items().forEach(p -> seen.add(p.text()));
            page = new PageRequest(3, current.nextCursor());
        } while (current.nextCursor().isPresent());

        assertThat(seen).isEqualTo(expected);
        assertThatThrownBy(() -> home(alice, new PageRequest(3, Optional.of("garbage")))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> PageRequest.parse("101", null)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_cursor_from_one_list_is_refused_by_another_naming_cursor() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        Actor carol = member("carol");
        follow(bob, "alice");
        follow(carol, "alice");
        follow(carol, "bob");
        String postId = post(alice, "discuss").id().toString();
        for (String text : List.of("one", "two")) {
            kith.content().comment().execute(bob, new CommentOnPost.Command(postId, text, Optional.empty()));
        }
        Page<AccountSummary> followersOfAlice = kith.graph().listConnections().execute(carol,
                new ListConnections.Query(ListConnections.Connections.FOLLOWERS, "alice", new PageRequest(1, Optional.empty())));
        PageRequest next = new PageRequest(1, followersOfAlice.nextCursor());
        assertThat(next.cursor()).isPresent();

        assertThat(kith.graph().listConnections().execute(carol,
                new ListConnections.Query(ListConnections.Connections.FOLLOWERS, "alice", next)).items()).hasSize(1);
        List<Runnable> otherLists = List.of(
                () -> kith.content().listComments().execute(carol, new ListComments.Query(postId, next)),
                () -> kith.content().listLikes().execute(carol, new ListPostLikes.Query(postId, next)),
                () -> kith.graph().listConnections().execute(carol,
                        new ListConnections.Query(ListConnections.Connections.FOLLOWERS, "bob", next)),
                () -> kith.graph().listConnections().execute(carol,
                        new ListConnections.Query(ListConnections.Connections.FOLLOWING, "alice", next)),
                () -> home(carol, next),
                () -> kith.content().listPosts().execute(carol, ListPosts.Query.of("alice", next)));
        for (Runnable list : otherLists) {
            assertThatThrownBy(list::run).isInstanceOfSatisfying(InvalidInput.class, e -> {
                assertThat(e.code()).isEqualTo("validation_failed");
                assertThat(e.errors()).extracting(error -> error.field()).containsExactly("cursor");
            });
        }
    }

    @Test
    void search_finds_by_username_or_display_name_prefix_in_any_case() {
        Actor alice = member("alice");
        member("alicia");
        Actor bob = member("bob");
        kith.profiles().updateProfile().execute(bob, new UpdateProfile.Command(Change.set("Alina Bob"), Change.keep(), Change.keep(), Optional.empty()));

        assertThat(kith.profiles().search().execute(alice, new SearchProfiles.Query("ALI", PageRequest.first())).items())
                .extracting(AccountSummary::username).containsExactly("alice", "alicia", "bob");
        assertThat(kith.profiles().search().execute(alice, new SearchProfiles.Query("a%", PageRequest.first())).items()).isEmpty();
        assertThatThrownBy(() -> kith.profiles().search().execute(alice, new SearchProfiles.Query(" ", PageRequest.first())))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void erasing_an_account_keeps_everyone_elses_counters_exact() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        follow(bob, "alice");
        follow(alice, "bob");
        String postId = post(alice, "stays").id().toString();
        kith.content().likePost().execute(bob, new LikePost.Command(postId, true));
        kith.content().comment().execute(bob, new CommentOnPost.Command(postId, "bye", Optional.empty()));

        kith.accounts().deleteAccount().execute(bob, new DeleteAccount.Command("password of bob"));

        PostView after = kith.content().getPost().execute(alice, new GetPost.Query(postId));
        assertThat(after.likesCount()).isZero();
        assertThat(after.commentsCount()).isZero();
        assertThat(profile(alice, "alice").profile().followersCount()).isZero();
        assertThat(profile(alice, "alice").profile().followingCount()).isZero();
    }
}
