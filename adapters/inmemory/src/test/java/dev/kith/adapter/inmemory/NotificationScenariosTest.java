package dev.kith.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.application.Kith;
import dev.kith.application.content.CommentOnPost;
import dev.kith.application.content.DeleteComment;
import dev.kith.application.content.DeletePost;
import dev.kith.application.content.LikePost;
import dev.kith.application.content.PublishPost;
import dev.kith.application.content.port.CommentView;
import dev.kith.application.content.port.PostView;
import dev.kith.application.graph.AnswerFollowRequest;
import dev.kith.application.graph.BlockAccount;
import dev.kith.application.graph.FollowAccount;
import dev.kith.application.graph.UnfollowAccount;
import dev.kith.application.notification.CountUnreadNotifications;
import dev.kith.application.notification.ListNotifications;
import dev.kith.application.notification.MarkNotificationsRead;
import dev.kith.application.notification.port.NotificationView;
import dev.kith.application.profile.UpdateProfile;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.Change;
import dev.kith.application.shared.PageRequest;
import dev.kith.application.shared.port.OutboxMessage;
import dev.kith.application.testing.MutableClock;
import dev.kith.domain.notification.NotificationType;
import dev.kith.domain.shared.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Notifications end to end on the in-memory core: written by the outbox relay after the change, never for
 * your own action, never across a block or about what the recipient may not see, once however often the
 * relay delivers, gone when their cause is undone; read by list, by id and up to an id.
 */
class NotificationScenariosTest {

    private static final Actor ANYONE = Actor.anonymous();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T18:00:00Z"));
    private final InMemoryKith core = InMemoryKith.create(clock);
    private final Kith kith = core.kith();

    @Test
    void likes_comments_replies_and_mentions_notify_after_the_relay_runs_and_never_the_actor() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        Actor carol = member("carol");
        PostView post = post(alice, "hello @carol");
        like(bob, post, true);
        like(alice, post, true);  // her own post: nothing
        CommentView comment = comment(bob, post, "nice", Optional.empty());
        comment(alice, post, "thanks @bob", Optional.of(comment));

        assertThat(list(alice)).as("nothing before the relay runs").isEmpty();
        relay();

        assertThat(types(alice)).containsExactly(NotificationType.COMMENT, NotificationType.LIKE);
        assertThat(types(bob)).as("a reply that mentions him notifies once").containsExactly(NotificationType.REPLY);
        assertThat(types(carol)).containsExactly(NotificationType.MENTION);
        assertThat(list(alice).get(1).actor().username()).isEqualTo("bob");
        assertThat(list(alice).get(1).notification().post()).contains(post.id());
        assertThat(unread(alice)).isEqualTo(2);
    }

    @Test
    void follows_requests_and_acceptances_notify_the_right_account() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        makePrivate(bob);
        follow(alice, "bob");
        relay();
        assertThat(types(bob)).containsExactly(NotificationType.FOLLOW_REQUEST);

        kith.graph().answerFollowRequest().execute(bob, new AnswerFollowRequest.Command("alice", true));
        follow(bob, "alice");
        relay();

        assertThat(types(bob)).as("the answered request is gone").isEmpty();
        assertThat(types(alice)).containsExactlyInAnyOrder(NotificationType.FOLLOW_ACCEPTED, NotificationType.FOLLOW);
    }

    @Test
    void undoing_the_cause_takes_the_notification_back_even_before_the_relay_ran() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        PostView post = post(alice, "hi");
        like(bob, post, true);
        relay();
        assertThat(unread(alice)).isEqualTo(1);

        like(bob, post, false);
        follow(bob, "alice");
        kith.graph().unfollow().execute(bob, new UnfollowAccount.Command("alice"));
        CommentView comment = comment(bob, post, "first", Optional.empty());
        kith.content().deleteComment().execute(bob, new DeleteComment.Command(comment.id().toString()));
        relay();

        assertThat(list(alice)).isEmpty();
        assertThat(unread(alice)).isZero();

        like(bob, post, true);
        relay();
        kith.content().deletePost().execute(alice, new DeletePost.Command(post.id().toString()));
        relay();
        assertThat(list(alice)).as("a deleted post takes its notifications").isEmpty();
    }

    @Test
    void nothing_crosses_a_block_and_a_block_retracts_what_was_there() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        PostView post = post(alice, "hi");
        like(bob, post, true);
        relay();
        assertThat(unread(alice)).isEqualTo(1);

        kith.graph().block().execute(alice, new BlockAccount.Command("bob", true));
        relay();
        assertThat(list(alice)).isEmpty();
        assertThat(unread(alice)).isZero();

        PostView mention = post(bob, "hey @alice");
        relay();
        assertThat(list(alice)).as("a mention by a blocked account").isEmpty();
        assertThat(mention).isNotNull();
    }

    @Test
    void a_mention_in_a_post_the_recipient_may_not_see_notifies_nobody() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        makePrivate(bob);
        post(bob, "about @alice, for my followers only");
        relay();

        assertThat(list(alice)).isEmpty();
    }

    @Test
    void delivering_a_message_twice_notifies_once() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        PostView post = post(alice, "hi");
        like(bob, post, true);
        // a relay that dies after writing, before deleting its message, delivers it again once the lease ends
        List<OutboxMessage> claimed = core.outbox().claimDue(clock.instant(), Duration.ofMinutes(1), 100);
        claimed.stream().filter(message -> message.topic().startsWith("notification."))
                .forEach(message -> kith.notifications().outboxHandlers().get(message.topic()).handle(message));
        assertThat(list(alice)).hasSize(1);
        clock.advance(Duration.ofMinutes(10));
        relay();
        relay();

        assertThat(list(alice)).hasSize(1);
        assertThat(unread(alice)).isEqualTo(1);
    }

    @Test
    void marking_read_by_id_or_up_to_an_id_is_idempotent() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        Actor carol = member("carol");
        PostView post = post(alice, "hi");
        like(bob, post, true);
        relay();
        like(carol, post, true);
        relay();
        List<NotificationView> both = list(alice);

        kith.notifications().markRead().execute(alice, new MarkNotificationsRead.Command(Optional.empty(),
                List.of(both.get(1).notification().id().toString())));
        assertThat(unread(alice)).isEqualTo(1);
        assertThat(kith.notifications().list().execute(alice, new ListNotifications.Query(true, PageRequest.first())).items())
                .extracting(v -> v.notification().id()).containsExactly(both.get(0).notification().id());
        kith.notifications().markRead().execute(alice, new MarkNotificationsRead.Command(
                Optional.of(both.get(0).notification().id().toString()), List.of()));
        kith.notifications().markRead().execute(alice, new MarkNotificationsRead.Command(
                Optional.of(both.get(0).notification().id().toString()), List.of()));
        assertThat(unread(alice)).isZero();
        assertThatThrownBy(() -> kith.notifications().markRead().execute(alice, new MarkNotificationsRead.Command(
                Optional.of("x"), List.of("y")))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> kith.notifications().markRead().execute(alice, new MarkNotificationsRead.Command(
                Optional.of("not-an-id"), List.of()))).isInstanceOf(InvalidInput.class);
    }

    private void relay() {
        core.deliverMail();
    }

    private List<NotificationView> list(Actor actor) {
        return kith.notifications().list().execute(actor, new ListNotifications.Query(false, PageRequest.first())).items();
    }

    private List<NotificationType> types(Actor actor) {
        return list(actor).stream().map(v -> v.notification().type()).toList();
    }

    private long unread(Actor actor) {
        return kith.notifications().unreadCount().execute(actor, new CountUnreadNotifications.Query());
    }

    private PostView post(Actor actor, String text) {
        clock.advance(Duration.ofSeconds(1));
        return kith.content().publishPost().execute(actor, new PublishPost.Command(text, List.of(), Optional.empty()));
    }

    private void like(Actor actor, PostView post, boolean like) {
        clock.advance(Duration.ofSeconds(1));
        kith.content().likePost().execute(actor, new LikePost.Command(post.id().toString(), like));
    }

    private CommentView comment(Actor actor, PostView post, String text, Optional<CommentView> parent) {
        clock.advance(Duration.ofSeconds(1));
        return kith.content().comment().execute(actor, new CommentOnPost.Command(post.id().toString(), text,
                parent.map(c -> c.id().toString())));
    }

    private void follow(Actor actor, String username) {
        kith.graph().follow().execute(actor, new FollowAccount.Command(username));
    }

    private void makePrivate(Actor actor) {
        kith.profiles().updateProfile().execute(actor, new UpdateProfile.Command(Change.keep(), Change.keep(), Change.keep(), Optional.of(true)));
    }

    private Actor member(String username) {
        return Members.signUp(core, username);
    }
}
