package dev.kith.application.notification.port;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.kith.application.graph.Scopes;
import dev.kith.application.testing.SocialPortsContract;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.CommentId;
import dev.kith.domain.content.PostId;
import dev.kith.domain.notification.Notification;
import dev.kith.domain.notification.NotificationId;
import dev.kith.domain.notification.NotificationType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link NotificationRepository} does: one notification per recipient and cause, pages newest
 * first (all or unread) with their actors and without accounts blocked either way, an exact unread count
 * through every change, and retraction by cause, by post and between two accounts.
 */
public abstract class NotificationRepositoryContract extends SocialPortsContract {

    /** The repository under test, on the same store as {@link #ports()}. */
    protected abstract NotificationRepository notifications();

    private long clock;

    @Test
    void one_notification_per_recipient_and_cause() {
        Account alice = stored();
        Account bob = stored();
        Account carol = stored();
        PostId post = new PostId(uuid());

        boolean first = add(like(alice, bob, post));
        boolean again = add(like(alice, bob, post));
        boolean toAnother = add(notification(carol, bob, NotificationType.LIKE, Optional.of(post), "like:" + post + ":" + bob.id()));

        assertThat(first).isTrue();
        assertThat(again).as("the same cause for the same recipient").isFalse();
        assertThat(toAnother).isTrue();
        assertThat(notifications().unreadCount(alice.id())).isEqualTo(1);
        assertThat(notifications().unreadCount(carol.id())).isEqualTo(1);
    }

    @Test
    void pages_run_newest_first_all_or_unread_with_their_actors() {
        Account alice = stored();
        Account bob = storedNamed("Bob");
        List<Notification> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Notification n = notification(alice, bob, NotificationType.FOLLOW, Optional.empty(), "cause-" + i);
            add(n);
            made.add(n);
        }
        transactor().run(() -> notifications().markRead(alice.id(), List.of(made.get(1).id(), made.get(3).id())));

        List<NotificationView> first = notifications().page(Scopes.of(alice.id()), false, Optional.empty(), 3);
        List<NotificationView> rest = notifications().page(Scopes.of(alice.id()), false, Optional.of(first.get(2).notification().id()), 3);
        List<NotificationView> unread = notifications().page(Scopes.of(alice.id()), true, Optional.empty(), 10);

        assertThat(first).extracting(v -> v.notification().id()).containsExactly(made.get(4).id(), made.get(3).id(), made.get(2).id());
        assertThat(rest).extracting(v -> v.notification().id()).containsExactly(made.get(1).id(), made.get(0).id());
        assertThat(unread).extracting(v -> v.notification().id()).containsExactly(made.get(4).id(), made.get(2).id(), made.get(0).id());
        assertThat(first.get(0).actor().displayName()).contains("Bob");
        assertThat(first.get(1).notification().read()).isTrue();
        assertThat(first.get(0).notification()).isEqualTo(made.get(4));
    }

    @Test
    void the_unread_count_follows_reads_and_retractions() {
        Account alice = stored();
        Account bob = stored();
        Notification a = notification(alice, bob, NotificationType.FOLLOW, Optional.empty(), "a");
        Notification b = notification(alice, bob, NotificationType.FOLLOW, Optional.empty(), "b");
        Notification c = notification(alice, bob, NotificationType.FOLLOW, Optional.empty(), "c");
        add(a);
        add(b);
        add(c);

        int marked = transactor().inTransaction(() -> notifications().markRead(alice.id(), List.of(a.id(), a.id())));
        int markedAgain = transactor().inTransaction(() -> notifications().markRead(alice.id(), List.of(a.id())));
        assertThat(marked).isEqualTo(1);
        assertThat(markedAgain).isZero();
        assertThat(notifications().unreadCount(alice.id())).isEqualTo(2);

        transactor().run(() -> notifications().retract("a"));  // a read one: the count stays
        assertThat(notifications().unreadCount(alice.id())).isEqualTo(2);
        transactor().run(() -> notifications().retract("b"));
        assertThat(notifications().unreadCount(alice.id())).isEqualTo(1);

        int upTo = transactor().inTransaction(() -> notifications().markReadUpTo(alice.id(), c.id()));
        assertThat(upTo).isEqualTo(1);
        assertThat(notifications().unreadCount(alice.id())).isZero();
        assertThat(notifications().unreadCount(bob.id())).isZero();
    }

    @Test
    void others_ids_mark_nothing() {
        Account alice = stored();
        Account bob = stored();
        Notification toBob = notification(bob, alice, NotificationType.FOLLOW, Optional.empty(), "x");
        add(toBob);

        assertThat(transactor().inTransaction(() -> notifications().markRead(alice.id(), List.of(toBob.id())))).isZero();
        assertThat(transactor().inTransaction(() -> notifications().markReadUpTo(alice.id(), toBob.id()))).isZero();
        assertThat(notifications().unreadCount(bob.id())).isEqualTo(1);
    }

    @Test
    void retracts_by_post_and_between_two_accounts() {
        Account alice = stored();
        Account bob = stored();
        Account carol = stored();
        PostId post = new PostId(uuid());
        add(like(alice, bob, post));
        add(notification(alice, carol, NotificationType.COMMENT, Optional.of(post), "comment:1"));
        add(notification(alice, carol, NotificationType.FOLLOW, Optional.empty(), "follow:c"));
        add(notification(bob, alice, NotificationType.FOLLOW, Optional.empty(), "follow:a"));

        assertThat(transactor().inTransaction(() -> notifications().retractAbout(post))).containsExactly(alice.id(), alice.id());
        assertThat(transactor().inTransaction(() -> notifications().retractBetween(bob.id(), alice.id()))).containsExactly(bob.id());

        assertThat(notifications().page(Scopes.of(alice.id()), false, Optional.empty(), 10))
                .extracting(v -> v.notification().cause()).containsExactly("follow:c");
        assertThat(notifications().unreadCount(alice.id())).isEqualTo(1);
        assertThat(notifications().unreadCount(bob.id())).isZero();
    }

    @Test
    void a_blocked_actor_is_left_out_of_the_pages() {
        Account alice = stored();
        Account bob = stored();
        add(notification(alice, bob, NotificationType.FOLLOW, Optional.empty(), "f"));
        transactor().run(() -> blocks().add(bob.id(), alice.id(), T0));

        assertThat(notifications().page(Scopes.of(alice.id()), false, Optional.empty(), 10)).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> notifications().page(null, false, Optional.empty(), 10));
    }

    @Test
    void an_erased_accounts_notifications_sent_and_received_go_and_stop_counting() {
        Account alice = stored();
        Account bob = stored();
        Account carol = stored();
        add(notification(alice, bob, NotificationType.FOLLOW, Optional.empty(), "from bob"));
        add(notification(alice, carol, NotificationType.FOLLOW, Optional.empty(), "from carol"));
        add(notification(bob, carol, NotificationType.FOLLOW, Optional.empty(), "to bob"));

        List<AccountId> changed = transactor().inTransaction(() -> notifications().eraseAllOf(bob.id()));

        assertThat(changed).containsExactlyInAnyOrder(alice.id(), bob.id());
        assertThat(notifications().unreadCount(alice.id())).isEqualTo(1);
        assertThat(notifications().unreadCount(bob.id())).isZero();
        assertThat(notifications().page(Scopes.of(alice.id()), false, Optional.empty(), 10))
                .extracting(v -> v.notification().cause()).containsExactly("from carol");
    }

    @Test
    void marking_many_read_at_once_moves_the_count_once() {
        Account alice = stored();
        Account bob = stored();
        Notification last = null;
        for (int i = 0; i < 300; i++) {
            last = notification(alice, bob, NotificationType.FOLLOW, Optional.empty(), "many-" + i);
            add(last);
        }
        NotificationId upTo = last.id();

        int marked = transactor().inTransaction(() -> notifications().markReadUpTo(alice.id(), upTo));

        assertThat(marked).isEqualTo(300);
        assertThat(notifications().unreadCount(alice.id())).isZero();
    }

    @Test
    void a_notification_for_or_from_an_erased_account_is_not_stored() {
        Account alice = stored();
        Notification fromNobody = notification(alice, alice, NotificationType.FOLLOW, Optional.empty(), "n", new AccountId(uuid()));

        assertThat(add(fromNobody)).isFalse();
        assertThat(notifications().unreadCount(alice.id())).isZero();
    }

    private boolean add(Notification notification) {
        return transactor().inTransaction(() -> notifications().add(notification));
    }

    private Notification like(Account recipient, Account liker, PostId post) {
        return notification(recipient, liker, NotificationType.LIKE, Optional.of(post), "like:" + post + ":" + liker.id());
    }

    private Notification notification(Account recipient, Account actor, NotificationType type, Optional<PostId> post, String cause) {
        return notification(recipient, actor, type, post, cause, actor.id());
    }

    // ids in creation order, as the server's time-ordered ids are
    private Notification notification(Account recipient, Account actor, NotificationType type, Optional<PostId> post, String cause,
                                      AccountId actorId) {
        clock++;
        UUID id = new UUID(0x0190_0000_0000_7000L | clock << 16, 0x8000_0000_0000_0000L | uuid().getLeastSignificantBits() >>> 2);
        return new Notification(new NotificationId(id), recipient.id(), type, actorId, post,
                type == NotificationType.COMMENT ? Optional.of(new CommentId(uuid())) : Optional.empty(), Optional.empty(), cause,
                Instant.parse("2026-11-23T18:00:00Z").plusSeconds(clock), false);
    }
}
