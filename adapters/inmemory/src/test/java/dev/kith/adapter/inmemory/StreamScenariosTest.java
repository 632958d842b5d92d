package dev.kith.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.application.Kith;
import dev.kith.application.content.LikePost;
import dev.kith.application.content.PublishPost;
import dev.kith.application.content.port.PostView;
import dev.kith.application.graph.BlockAccount;
import dev.kith.application.graph.FollowAccount;
import dev.kith.application.group.AnswerJoinRequest;
import dev.kith.application.group.CreateGroup;
import dev.kith.application.group.port.GroupView;
import dev.kith.application.notification.MarkNotificationsRead;
import dev.kith.application.notification.OpenStream;
import dev.kith.application.notification.StreamEvent;
import dev.kith.application.notification.StreamSink;
import dev.kith.application.notification.Streams;
import dev.kith.application.shared.Actor;
import dev.kith.application.testing.MutableClock;
import dev.kith.domain.notification.NotificationType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The real-time stream on the in-memory core: events after the relay wrote them, in increasing positions;
 * a reconnect with the last position gets exactly what was missed, then live events; several streams per
 * account; blocks stop posts at once; a slow stream is ended; past the retention the client refetches.
 */
class StreamScenariosTest {

    private static final Actor ANYONE = Actor.anonymous();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T18:00:00Z"));
    private final InMemoryKith core = InMemoryKith.create(clock);
    private final Kith kith = core.kith();

    @Test
    void a_like_arrives_as_a_notification_and_a_new_count_in_increasing_positions() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        PostView post = post(alice, "hi");
        deliver();  // her own post's entry: before she opens the stream
        Recorder phone = open(alice, Optional.empty());

        like(bob, post);
        deliver();

        assertThat(phone.events).hasSize(2);
        StreamEvent.NotificationEvent notification = (StreamEvent.NotificationEvent) phone.events.get(0);
        assertThat(notification.notification().notification().type()).isEqualTo(NotificationType.LIKE);
        assertThat(notification.notification().actor().username()).isEqualTo("bob");
        assertThat(((StreamEvent.UnreadEvent) phone.events.get(1)).count()).isEqualTo(1);
        assertThat(phone.positions()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void a_reconnect_with_the_last_position_gets_exactly_what_was_missed_then_live_events() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        Actor carol = member("carol");
        PostView post = post(alice, "hi");
        deliver();
        Recorder first = open(alice, Optional.empty());
        like(bob, post);
        deliver();
        long last = first.positions().get(first.positions().size() - 1);
        first.stream.close();

        like(carol, post);
        follow(carol, "alice");
        deliver();
        Recorder again = open(alice, Optional.of(last));

        assertThat(again.types()).containsExactly("notification", "unread", "notification", "unread");
        assertThat(again.positions()).allMatch(p -> p > last).isSorted().doesNotHaveDuplicates();
        kith.notifications().markRead().execute(alice, new MarkNotificationsRead.Command(Optional.of(
                ((StreamEvent.NotificationEvent) again.events.get(2)).notification().notification().id().toString()), List.of()));
        deliver();
        assertThat(again.types()).endsWith("unread");
        assertThat(((StreamEvent.UnreadEvent) again.events.get(again.events.size() - 1)).count()).isZero();
        assertThat(again.positions()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void new_posts_reach_every_stream_of_every_follower_and_stop_at_a_block() {
        Actor carol = member("carol");
        Actor bob = member("bob");
        Actor stranger = member("stranger");
        follow(bob, "carol");
        Recorder laptop = open(bob, Optional.empty());
        Recorder phone = open(bob, Optional.empty());
        Recorder other = open(stranger, Optional.empty());

        PostView first = post(carol, "one");
        deliver();
        kith.graph().block().execute(carol, new BlockAccount.Command("bob", true));
        post(carol, "two");
        deliver();

        for (Recorder device : List.of(laptop, phone)) {
            assertThat(device.events).filteredOn(StreamEvent.PostEvent.class::isInstance)
                    .extracting(e -> ((StreamEvent.PostEvent) e).post().id()).containsExactly(first.id());
        }
        assertThat(other.events).isEmpty();
    }

    @Test
    void a_group_post_reaches_the_open_streams_of_the_groups_members_only_while_they_are_members() {
        Actor owner = member("owner");
        Actor bob = member("bob");
        Actor follower = member("follower");
        follow(follower, "owner");
        GroupView group = kith.groups().create().execute(owner, new CreateGroup.Command("Club", null, "private"));
        String id = group.group().id().toString();
        kith.groups().join().execute(bob, id);
        kith.groups().answer().execute(owner, new AnswerJoinRequest.Command(id, bob.requireAccount().toString(), true));
        deliver();
        Recorder member = open(bob, Optional.empty());
        Recorder outsider = open(follower, Optional.empty());

        clock.advance(Duration.ofSeconds(1));
        PostView inside = kith.content().publishPost().execute(owner, new PublishPost.Command("members only", List.of(), Optional.of(id)));
        deliver();
        kith.groups().leave().execute(bob, id);
        kith.content().publishPost().execute(owner, new PublishPost.Command("after bob left", List.of(), Optional.of(id)));
        deliver();

        assertThat(member.events).filteredOn(StreamEvent.PostEvent.class::isInstance)
                .extracting(e -> ((StreamEvent.PostEvent) e).post().id()).containsExactly(inside.id());
        assertThat(outsider.events).filteredOn(StreamEvent.PostEvent.class::isInstance).isEmpty();
        Recorder again = open(bob, Optional.of(member.positions().get(0) - 1));
        assertThat(again.events).as("a reconnect after leaving catches up on no group post")
                .filteredOn(StreamEvent.PostEvent.class::isInstance).isEmpty();
    }

    @Test
    void a_stream_that_cannot_take_more_is_ended_and_the_others_go_on() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        PostView post = post(alice, "hi");
        deliver();
        Recorder full = open(alice, Optional.empty(), 1);
        Recorder fine = open(alice, Optional.empty());

        like(bob, post);
        deliver();

        assertThat(full.closed).isEqualTo(StreamSink.Close.TOO_SLOW);
        assertThat(full.stream.ended()).isTrue();
        assertThat(fine.events).hasSize(2);
    }

    @Test
    void past_the_retention_the_client_is_told_to_refetch() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        PostView post = post(alice, "hi");
        Recorder first = open(alice, Optional.empty());
        like(bob, post);
        deliver();
        long last = first.positions().get(0);
        first.stream.close();

        clock.advance(Duration.ofHours(25));
        post(alice, "later");
        deliver();
        kith.notifications().purgeStreamLog().execute();
        Recorder late = open(alice, Optional.of(last - 1));

        assertThat(late.closed).isEqualTo(StreamSink.Close.REFETCH);
        assertThat(late.events).isEmpty();
    }

    private void deliver() {
        core.deliverMail();  // the outbox relay writes notifications and stream entries
        kith.notifications().streams().deliverNew();
    }

    private Recorder open(Actor actor, Optional<Long> since) {
        return open(actor, since, Integer.MAX_VALUE);
    }

    private Recorder open(Actor actor, Optional<Long> since, int capacity) {
        kith.notifications().streams().deliverNew();  // a node notes where the log stands before its first stream
        Recorder recorder = new Recorder(capacity);
        recorder.stream = kith.notifications().openStream().execute(actor,
                new OpenStream.Command(since.map(String::valueOf), recorder));
        return recorder;
    }

    private PostView post(Actor actor, String text) {
        clock.advance(Duration.ofSeconds(1));
        return kith.content().publishPost().execute(actor, new PublishPost.Command(text, List.of(), Optional.empty()));
    }

    private void like(Actor actor, PostView post) {
        kith.content().likePost().execute(actor, new LikePost.Command(post.id().toString(), true));
    }

    private void follow(Actor actor, String username) {
        kith.graph().follow().execute(actor, new FollowAccount.Command(username));
    }

    private Actor member(String username) {
        return Members.signUp(core, username);
    }

    /** A sink that keeps what it gets, up to a capacity. */
    private static final class Recorder implements StreamSink {
        final List<StreamEvent> events = new ArrayList<>();
        final int capacity;
        Streams.Stream stream;
        Close closed;

        Recorder(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public boolean offer(StreamEvent event) {
            if (events.size() >= capacity) {
                return false;
            }
            events.add(event);
            return true;
        }

        @Override
        public void close(Close reason) {
            closed = reason;
        }

        List<Long> positions() {
            return events.stream().map(StreamEvent::position).toList();
        }

        List<String> types() {
            return events.stream().map(e -> e instanceof StreamEvent.NotificationEvent ? "notification"
                    : e instanceof StreamEvent.PostEvent ? "post" : "unread").toList();
        }
    }
}
