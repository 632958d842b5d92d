package dev.kith.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.application.Kith;
import dev.kith.application.content.CommentOnPost;
import dev.kith.application.content.DeleteComment;
import dev.kith.application.content.DeletePost;
import dev.kith.application.content.LikePost;
import dev.kith.application.content.ListPosts;
import dev.kith.application.content.PublishPost;
import dev.kith.application.content.port.CommentView;
import dev.kith.application.content.port.PostView;
import dev.kith.application.graph.AnswerFollowRequest;
import dev.kith.application.graph.BlockAccount;
import dev.kith.application.graph.FollowAccount;
import dev.kith.application.graph.UnfollowAccount;
import dev.kith.application.profile.UpdateProfile;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.Change;
import dev.kith.application.shared.PageRequest;
import dev.kith.application.testing.MutableClock;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.ContentEvent;
import dev.kith.domain.content.PostId;
import dev.kith.domain.graph.GraphEvent;
import dev.kith.domain.shared.DomainEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The events the graph and content use cases record, as a listener given to the core sees them: one per
 * change that happened, none for a repeated idempotent command, and none when the change rolls back.
 */
class DomainEventsTest {

    private static final Actor ANYONE = Actor.anonymous();
    private static final Instant NOW = Instant.parse("2026-11-23T18:00:00Z");

    private final List<DomainEvent> recorded = new ArrayList<>();
    private final MutableClock clock = new MutableClock(NOW);
    private final InMemoryKith core = InMemoryKith.builder(clock).listener(recorded::add).build();
    private final Kith kith = core.kith();

    @Test
    void follows_requests_and_their_ends_record_one_event_each_and_repeats_none() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        Actor carol = member("carol");
        makePrivate(carol, true);
        recorded.clear();

        follow(alice, "bob");
        follow(alice, "bob");
        follow(alice, "carol");
        follow(bob, "carol");
        kith.graph().answerFollowRequest().execute(carol, new AnswerFollowRequest.Command("alice", true));
        kith.graph().answerFollowRequest().execute(carol, new AnswerFollowRequest.Command("bob", false));
        kith.graph().unfollow().execute(alice, new UnfollowAccount.Command("bob"));
        kith.graph().unfollow().execute(alice, new UnfollowAccount.Command("bob"));

        assertThat(recorded).containsExactly(
                new GraphEvent.Followed(id(alice), id(bob), NOW),
                new GraphEvent.FollowRequested(id(alice), id(carol), NOW),
                new GraphEvent.FollowRequested(id(bob), id(carol), NOW),
                new GraphEvent.FollowAccepted(id(alice), id(carol), NOW),
                new GraphEvent.FollowRequestDropped(id(bob), id(carol), NOW),
                new GraphEvent.Unfollowed(id(alice), id(bob), NOW));
    }

    @Test
    void a_block_records_itself_and_the_follows_it_ended() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        follow(alice, "bob");
        follow(bob, "alice");
        recorded.clear();

        block(alice, "bob", true);
        block(alice, "bob", true);
        block(alice, "bob", false);
        block(alice, "bob", false);

        assertThat(recorded).containsExactly(
                new GraphEvent.Blocked(id(alice), id(bob), NOW),
                new GraphEvent.Unfollowed(id(alice), id(bob), NOW),
                new GraphEvent.Unfollowed(id(bob), id(alice), NOW),
                new GraphEvent.Unblocked(id(alice), id(bob), NOW));
    }

    @Test
    void turning_public_accepts_every_waiting_request_with_an_event_each() {
        Actor owner = member("owner");
        Actor first = member("first");
        Actor second = member("second");
        makePrivate(owner, true);
        follow(first, "owner");
        follow(second, "owner");
        recorded.clear();

        makePrivate(owner, false);

        assertThat(recorded).containsExactlyInAnyOrder(
                new GraphEvent.FollowAccepted(id(first), id(owner), NOW),
                new GraphEvent.FollowAccepted(id(second), id(owner), NOW));
        assertThat(home(first)).isNotNull();
    }

    @Test
    void posts_likes_and_comments_record_their_events_with_whom_they_concern() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        recorded.clear();

        PostView post = kith.content().publishPost().execute(alice,
                new PublishPost.Command("hello @bob", List.of(), Optional.empty()));
        like(bob, post.id(), true);
        like(bob, post.id(), true);
        like(bob, post.id(), false);
        like(bob, post.id(), false);
        CommentView comment = kith.content().comment().execute(bob,
                new CommentOnPost.Command(post.id().value().toString(), "nice", Optional.empty()));
        CommentView reply = kith.content().comment().execute(alice, new CommentOnPost.Command(
                post.id().value().toString(), "thanks @bob", Optional.of(comment.id().value().toString())));
        kith.content().deleteComment().execute(alice, new DeleteComment.Command(comment.id().value().toString()));
        kith.content().deletePost().execute(alice, new DeletePost.Command(post.id().value().toString()));

        assertThat(recorded).containsExactly(
                new ContentEvent.PostPublished(post.id(), id(alice), Optional.empty(), Set.of(id(bob)), NOW),
                new ContentEvent.PostLiked(post.id(), id(alice), id(bob), NOW),
                new ContentEvent.PostUnliked(post.id(), id(alice), id(bob), NOW),
                new ContentEvent.Commented(comment.id(), post.id(), id(alice), id(bob), Optional.empty(), Optional.empty(),
                        Set.of(), NOW),
                new ContentEvent.Commented(reply.id(), post.id(), id(alice), id(alice), Optional.of(comment.id()),
                        Optional.of(id(bob)), Set.of(id(bob)), NOW),
                new ContentEvent.CommentDeleted(comment.id(), post.id(), id(bob), NOW),
                new ContentEvent.PostDeleted(post.id(), id(alice), Optional.empty(), NOW));
    }

    @Test
    void the_home_feed_follows_the_events_in_the_change_itself() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        PostView early = kith.content().publishPost().execute(bob, new PublishPost.Command("early", List.of(), Optional.empty()));

        follow(alice, "bob");
        assertThat(home(alice)).containsExactly(early.id());

        PostView later = kith.content().publishPost().execute(bob, new PublishPost.Command("later", List.of(), Optional.empty()));
        assertThat(home(alice)).containsExactly(later.id(), early.id());

        kith.content().deletePost().execute(bob, new DeletePost.Command(early.id().value().toString()));
        assertThat(home(alice)).containsExactly(later.id());

        block(bob, "alice", true);
        assertThat(home(alice)).isEmpty();
    }

    @Test
    void a_listener_that_fails_rolls_the_whole_change_back() {
        List<DomainEvent> seen = new ArrayList<>();
        InMemoryKith failing = InMemoryKith.builder(clock).listener(event -> {
            seen.add(event);
            if (event instanceof GraphEvent.Followed) {
                throw new IllegalStateException("listener down");
            }
        }).build();
        Actor alice = member(failing, "alice");
        member(failing, "bob");

        assertThatThrownBy(() -> failing.kith().graph().follow().execute(alice, new FollowAccount.Command("bob")))
                .hasMessage("listener down");

        assertThat(seen).hasSize(1);
        assertThat(failing.kith().content().listPosts().execute(alice, ListPosts.Query.home(PageRequest.first())).items()).isEmpty();
        seen.clear();
        assertThatThrownBy(() -> failing.kith().graph().follow().execute(alice, new FollowAccount.Command("bob")))
                .as("the follow was not kept, so following again is new again").hasMessage("listener down");
        assertThat(seen).hasSize(1);
    }

    private Actor member(String username) {
        return Members.signUp(core, username);
    }

    private static Actor member(InMemoryKith core, String username) {
        return Members.signUp(core, username);
    }

    private static AccountId id(Actor actor) {
        return actor.requireAccount();
    }

    private void makePrivate(Actor actor, boolean isPrivate) {
        kith.profiles().updateProfile().execute(actor, new UpdateProfile.Command(Change.keep(), Change.keep(), Change.keep(), Optional.of(isPrivate)));
    }

    private void follow(Actor actor, String username) {
        kith.graph().follow().execute(actor, new FollowAccount.Command(username));
    }

    private void block(Actor actor, String username, boolean block) {
        kith.graph().block().execute(actor, new BlockAccount.Command(username, block));
    }

    private void like(Actor actor, PostId post, boolean like) {
        kith.content().likePost().execute(actor, new LikePost.Command(post.value().toString(), like));
    }

    private List<PostId> home(Actor actor) {
        return kith.content().listPosts().execute(actor, ListPosts.Query.home(PageRequest.first())).items().stream()
                .map(PostView::id).toList();
    }
}
