package dev.kith.application.export.port;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.micros;
import static dev.kith.application.account.port.AccountFixtures.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.application.group.port.GroupPorts;
import dev.kith.application.notification.port.NotificationRepository;
import dev.kith.application.story.port.StoryPortsContract;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.Comment;
import dev.kith.domain.content.CommentId;
import dev.kith.domain.content.LikeId;
import dev.kith.domain.content.Post;
import dev.kith.domain.content.PostId;
import dev.kith.domain.graph.FollowState;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.group.GroupRole;
import dev.kith.domain.group.Membership;
import dev.kith.domain.media.Media;
import dev.kith.domain.notification.Notification;
import dev.kith.domain.notification.NotificationId;
import dev.kith.domain.notification.NotificationType;
import dev.kith.domain.story.Story;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ExportSource} does: reads all of one account's rows and none of another's, in keyset
 * pages in ascending key order, so that walking the pages gives every row exactly once.
 */
public abstract class ExportSourceContract extends StoryPortsContract {

    /** The export ports under test, on the same store or database as {@link #ports()}. */
    protected abstract ExportPorts exportPorts();

    /** The notification rows of the same store or database. */
    protected abstract NotificationRepository notificationRows();

    /** The group ports of the same store or database. */
    protected abstract GroupPorts groupPorts();

    protected ExportSource source() {
        return exportPorts().source();
    }

    private Post post(AccountId author, String text, List<Media> media) {
        Post post = new Post(new PostId(uuid()), author, text, media.stream().map(Media::id).toList(), Optional.empty(),
                Set.of(), micros(clock.instant()));
        publish(post);
        return post;
    }

    /** Every row, walked page by page with pages of 2. */
    private static <T, K> List<T> all(BiFunction<Optional<K>, Integer, List<T>> page, Function<T, K> key) {
        List<T> rows = new ArrayList<>();
        Optional<K> after = Optional.empty();
        while (true) {
            List<T> next = page.apply(after, 2);
            assertThat(next.size()).isLessThanOrEqualTo(2);
            rows.addAll(next);
            if (next.size() < 2) {
                return rows;
            }
            after = Optional.of(key.apply(next.get(next.size() - 1)));
        }
    }

    @Test
    void posts_comments_likes_and_media_are_the_accounts_own_in_id_order() {
        Account owner = stored();
        Account other = stored();
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Media media = storedMedia(owner.id());
            posts.add(post(owner.id(), "post " + i + " \"quoted\"", List.of(media)));
            clock.advance(Duration.ofSeconds(1));
        }
        Post others = post(other.id(), "someone else's", List.of());
        Comment comment = new Comment(new CommentId(uuid()), others.id(), Optional.empty(), owner.id(), "on theirs",
                Set.of(), micros(clock.instant()));
        Comment theirs = new Comment(new CommentId(uuid()), posts.get(0).id(), Optional.empty(), other.id(), "on mine",
                Set.of(), micros(clock.instant()));
        LikeId like = new LikeId(uuid());
        transactor().run(() -> {
            comments().add(comment);
            comments().add(theirs);
            likes().add(like, others.id(), owner.id(), micros(clock.instant()));
            likes().add(new LikeId(uuid()), posts.get(1).id(), other.id(), micros(clock.instant()));
        });

        assertThat(all((after, n) -> source().posts(owner.id(), after, n), Post::id)).isEqualTo(posts);
        assertThat(source().comments(owner.id(), Optional.empty(), 10)).containsExactly(comment);
        assertThat(source().likes(owner.id(), Optional.empty(), 10))
                .containsExactly(new ExportedLike(like, others.id(), micros(clock.instant())));
        assertThat(all((after, n) -> source().media(owner.id(), after, n), Media::id))
                .extracting(Media::id).containsExactlyElementsOf(posts.stream().map(p -> p.media().get(0)).toList());
        assertThat(source().account(owner.id())).hasValueSatisfying(a -> assertThat(a.username()).isEqualTo(owner.username()));
        assertThat(source().account(new AccountId(uuid()))).isEmpty();
    }

    @Test
    void followers_following_and_blocks_are_keyed_by_the_other_account() {
        Account owner = stored();
        List<Account> others = List.of(stored(), stored(), stored());
        follow(others.get(0).id(), owner.id(), FollowState.FOLLOWING);
        follow(others.get(1).id(), owner.id(), FollowState.REQUESTED);
        follow(owner.id(), others.get(2).id(), FollowState.FOLLOWING);
        block(owner.id(), others.get(1).id());
        block(owner.id(), others.get(0).id());
        block(others.get(2).id(), owner.id());

        List<ExportedRelation> followers = all((after, n) -> source().followers(owner.id(), after, n), ExportedRelation::account);
        assertThat(followers).extracting(ExportedRelation::account)
                .containsExactlyElementsOf(sorted(others.get(0).id(), others.get(1).id()));
        assertThat(followers).filteredOn(ExportedRelation::requested).extracting(ExportedRelation::username)
                .containsExactly(others.get(1).username());
        assertThat(source().following(owner.id(), Optional.empty(), 10)).extracting(ExportedRelation::account)
                .containsExactly(others.get(2).id());
        assertThat(all((after, n) -> source().blocks(owner.id(), after, n), ExportedRelation::account))
                .extracting(ExportedRelation::account).containsExactlyElementsOf(sorted(others.get(0).id(), others.get(1).id()));
    }

    private static List<AccountId> sorted(AccountId... ids) {
        return java.util.Arrays.stream(ids).sorted(java.util.Comparator.comparing(id -> id.value().toString())).toList();
    }

    @Test
    void memberships_stories_with_expired_ones_and_notifications() {
        Account owner = stored();
        Account other = stored();
        GroupId owned = storedGroup(owner.id());
        GroupId joined = storedGroup(other.id());
        transactor().run(() -> groupPorts().memberships().add(
                new Membership(uuid(), joined, owner.id(), GroupRole.MODERATOR, micros(T0))));
        Story expired = storedStory(owner.id());
        clock.advance(Story.LIFETIME.plusHours(1));
        Story active = storedStory(owner.id());
        storedStory(other.id());
        Notification notification = new Notification(new NotificationId(uuid()), owner.id(), NotificationType.FOLLOW,
                other.id(), Optional.empty(), Optional.empty(), Optional.empty(), "follow:" + uuid(), micros(clock.instant()), false);
        Notification self = new Notification(new NotificationId(uuid()), owner.id(), NotificationType.EXPORT_READY,
                owner.id(), Optional.empty(), Optional.empty(), Optional.empty(), "export_ready:" + uuid(), micros(clock.instant()), false);
        transactor().run(() -> {
            notificationRows().add(notification);
            notificationRows().add(self);
        });

        assertThat(source().memberships(owner.id(), Optional.empty(), 10))
                .extracting(ExportedMembership::group, ExportedMembership::role)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(owned, GroupRole.OWNER),
                        org.assertj.core.groups.Tuple.tuple(joined, GroupRole.MODERATOR));
        assertThat(source().stories(owner.id(), Optional.empty(), 10)).containsExactly(expired, active);
        assertThat(all((after, n) -> source().notifications(owner.id(), after, n), Notification::id))
                .extracting(Notification::id).containsExactly(notification.id(), self.id());
    }
}
