package dev.kith.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.adapter.media.ImageIoMediaProcessor;
import dev.kith.application.Kith;
import dev.kith.application.account.DeleteAccount;
import dev.kith.application.account.RegisterAccount;
import dev.kith.application.content.CommentOnPost;
import dev.kith.application.content.GetPost;
import dev.kith.application.content.LikePost;
import dev.kith.application.content.PublishPost;
import dev.kith.application.content.port.PostView;
import dev.kith.application.graph.BlockAccount;
import dev.kith.application.graph.FollowAccount;
import dev.kith.application.group.ChangeMemberRole;
import dev.kith.application.group.CreateGroup;
import dev.kith.application.group.port.GroupView;
import dev.kith.application.media.UploadMedia;
import dev.kith.application.media.port.MediaProcessor;
import dev.kith.application.media.port.StorageKey;
import dev.kith.application.notification.CountUnreadNotifications;
import dev.kith.application.notification.ListNotifications;
import dev.kith.application.notification.OpenStream;
import dev.kith.application.notification.StreamEvent;
import dev.kith.application.notification.StreamSink;
import dev.kith.application.notification.port.NotificationView;
import dev.kith.application.profile.GetProfile;
import dev.kith.application.profile.UpdateProfile;
import dev.kith.application.profile.port.ProfileView;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.Change;
import dev.kith.application.shared.PageRequest;
import dev.kith.application.story.GetStoryFeed;
import dev.kith.application.story.PostStory;
import dev.kith.application.story.ViewStory;
import dev.kith.application.story.port.StoryView;
import dev.kith.application.testing.MutableClock;
import dev.kith.application.testing.TestMedia;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.account.AccountEvent;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.group.GroupErrors;
import dev.kith.domain.group.GroupRole;
import dev.kith.domain.shared.DomainEvent;
import dev.kith.domain.shared.MediaId;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Erasing an account that has something in every context, end to end on the in-memory core: nothing of it
 * stays, the groups it owned go to their longest-standing admin or away, every counter stays exact, its
 * files leave the storage once the outbox ran, its stream closes, and its names wait 30 days.
 */
class ErasureScenariosTest {

    private static final byte[] IMAGE = TestMedia.jpeg(64, 48);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T18:00:00Z"));
    private final InMemoryAdapters adapters = InMemoryAdapters.create(clock);
    private final List<DomainEvent> events = new ArrayList<>();
    private final InMemoryKith core = InMemoryKith.builder(clock, adapters)
            .override(MediaProcessor.class, ImageIoMediaProcessor.withDefaults())
            .listener(events::add)
            .build();
    private final Kith kith = core.kith();
    private AccountId eve;

    private Actor member(String username) {
        return Members.signUp(core, username);
    }

    private final Set<StorageKey> evesFiles = new HashSet<>();
    private final Set<StorageKey> othersFiles = new HashSet<>();
    private final List<MediaId> evesMedia = new ArrayList<>();

    // uploads, noting the files it stored as hers or as someone else's
    private String upload(Actor actor) {
        Set<StorageKey> before = new HashSet<>(adapters.mediaStorage().keys());
        MediaId id = kith.media().upload().execute(actor, new UploadMedia.Command(new ByteArrayInputStream(IMAGE), Optional.empty()))
                .id();
        Set<StorageKey> added = new HashSet<>(adapters.mediaStorage().keys());
        added.removeAll(before);
        if (actor.requireAccount().equals(eve)) {
            evesFiles.addAll(added);
            evesMedia.add(id);
        } else {
            othersFiles.addAll(added);
        }
        return id.toString();
    }

    private PostView post(Actor author, List<String> media, Optional<GroupView> group) {
        return kith.content().publishPost().execute(author, new PublishPost.Command("hello", media,
                group.map(g -> g.group().id().toString())));
    }

    private GroupView group(Actor owner, String name) {
        return kith.groups().create().execute(owner, new CreateGroup.Command(name, "", "public"));
    }

    private void join(Actor actor, GroupView group, Actor owner, String role) {
        kith.groups().join().execute(actor, group.group().id().toString());
        if (!role.equals("member")) {
            kith.groups().changeRole().execute(owner, new ChangeMemberRole.Command(group.group().id().toString(),
                    actor.requireAccount().toString(), role));
        }
    }

    private void follow(Actor actor, String username) {
        kith.graph().follow().execute(actor, new FollowAccount.Command(username));
    }

    private void relay() {
        while (core.deliverMail() > 0) {
            // until the outbox is empty: notifications, file deletions, mail
        }
    }

    private ProfileView profile(Actor viewer, String username) {
        return kith.profiles().getProfile().execute(viewer, new GetProfile.Query(username)).profile();
    }

    private List<NotificationView> notifications(Actor actor) {
        return kith.notifications().list().execute(actor, new ListNotifications.Query(false, PageRequest.first())).items();
    }

    private long unread(Actor actor) {
        return kith.notifications().unreadCount().execute(actor, new CountUnreadNotifications.Query());
    }

    @Test
    void an_account_with_something_everywhere_is_erased_everywhere_and_every_counter_stays_exact() {
        Actor alice = member("alice");
        Actor bob = member("bob");
        Actor carol = member("carol");
        Actor dave = member("dave");
        Actor eve = member("eve");
        this.eve = eve.requireAccount();

        // media: a post with two images, an avatar, an upload never attached
        PostView evesPost = post(eve, List.of(upload(eve), upload(eve)), Optional.empty());
        kith.profiles().updateProfile().execute(eve, new UpdateProfile.Command(Change.keep(), Change.keep(),
                Change.set(upload(eve)), Optional.empty()));
        upload(eve);
        // graph: follows both ways, a pending request to a private account, a block
        kith.profiles().updateProfile().execute(carol, new UpdateProfile.Command(Change.keep(), Change.keep(), Change.keep(),
                Optional.of(true)));
        follow(eve, "alice");
        follow(alice, "eve");
        follow(bob, "eve");
        follow(eve, "carol");
        kith.graph().block().execute(eve, new BlockAccount.Command("dave", true));
        // content: comments and likes on others' posts, others' on hers
        PostView alicesPost = post(alice, List.of(), Optional.empty());
        kith.content().comment().execute(eve, new CommentOnPost.Command(alicesPost.id().toString(), "hi @bob", Optional.empty()));
        kith.content().likePost().execute(eve, new LikePost.Command(alicesPost.id().toString(), true));
        kith.content().likePost().execute(alice, new LikePost.Command(alicesPost.id().toString(), true));
        kith.content().likePost().execute(alice, new LikePost.Command(evesPost.id().toString(), true));
        kith.content().comment().execute(bob, new CommentOnPost.Command(evesPost.id().toString(), "nice", Optional.empty()));
        // groups: one she owns with admins (alice joined first), one she owns without admins, one she moderates
        GroupView withAdmins = group(eve, "with admins");
        join(alice, withAdmins, eve, "admin");
        join(bob, withAdmins, eve, "admin");
        join(carol, withAdmins, eve, "member");
        GroupView withoutAdmins = group(eve, "without admins");
        join(bob, withoutAdmins, eve, "moderator");
        Set<StorageKey> alicesAndBobsBefore = Set.copyOf(othersFiles);
        PostView bobsGroupPost = post(bob, List.of(upload(bob)), Optional.of(withoutAdmins));
        Set<StorageKey> bobsGroupFiles = new HashSet<>(othersFiles);
        bobsGroupFiles.removeAll(alicesAndBobsBefore);
        GroupView moderated = group(alice, "moderated");
        join(eve, moderated, alice, "moderator");
        post(eve, List.of(), Optional.of(moderated));
        // stories: hers, seen by alice; alice's, seen by her
        StoryView evesStory = kith.stories().post().execute(eve, new PostStory.Command(upload(eve), Optional.empty()));
        StoryView alicesStory = kith.stories().post().execute(alice, new PostStory.Command(upload(alice), Optional.empty()));
        kith.stories().view().execute(alice, new ViewStory.Query(evesStory.id().toString()));
        kith.stories().view().execute(eve, new ViewStory.Query(alicesStory.id().toString()));
        relay();
        assertThat(notifications(eve)).as("she was told things").isNotEmpty();
        assertThat(notifications(alice)).as("she told alice things")
                .anyMatch(n -> n.notification().actor().equals(eve.requireAccount()));
        assertThat(evesFiles).hasSizeGreaterThanOrEqualTo(5);
        // her open stream
        Recorder sink = new Recorder();
        kith.notifications().openStream().execute(eve, new OpenStream.Command(Optional.empty(), sink));

        assertThatThrownBy(() -> kith.accounts().deleteAccount().execute(eve, new DeleteAccount.Command("wrong")))
                .isInstanceOf(AccountErrors.WrongPassword.class);
        kith.accounts().deleteAccount().execute(eve, new DeleteAccount.Command("password of eve"));

        AccountId erased = eve.requireAccount();
        assertThat(events).contains(new AccountEvent.AccountErased(erased, clock.instant()));
        assertThat(sink.closed).as("her stream closed at once").isEqualTo(StreamSink.Close.REVOKED);
        assertThatThrownBy(() -> Members.signUp(core, "eve")).isInstanceOf(AccountErrors.UsernameTaken.class);
        // graph and counters
        assertThat(profile(alice, "alice").followersCount()).isZero();
        assertThat(profile(alice, "alice").followingCount()).isZero();
        assertThat(profile(bob, "bob").followingCount()).isZero();
        assertThat(adapters.graph().follows().find(erased, carol.requireAccount())).isEmpty();
        assertThat(profile(carol, "carol").followersCount()).isZero();
        PostView alicesNow = kith.content().getPost().execute(alice, new GetPost.Query(alicesPost.id().toString()));
        assertThat(alicesNow.likesCount()).isEqualTo(1);
        assertThat(alicesNow.commentsCount()).isZero();
        assertThatThrownBy(() -> kith.content().getPost().execute(alice, new GetPost.Query(evesPost.id().toString())))
                .isInstanceOf(dev.kith.domain.shared.NotFound.class);
        // groups: alice (the earliest admin) owns the first, the second is gone with bob's post, the third lost a member
        GroupView handed = kith.groups().get().execute(alice, withAdmins.group().id().toString());
        assertThat(handed.myRole()).contains(GroupRole.OWNER);
        assertThat(handed.membersCount()).isEqualTo(3);
        assertThat(handed.group().createdBy()).isEmpty();
        assertThat(kith.groups().get().execute(bob, withAdmins.group().id().toString()).myRole()).contains(GroupRole.ADMIN);
        assertThatThrownBy(() -> kith.groups().get().execute(bob, withoutAdmins.group().id().toString()))
                .isInstanceOf(GroupErrors.GroupNotFound.class);
        assertThatThrownBy(() -> kith.content().getPost().execute(bob, new GetPost.Query(bobsGroupPost.id().toString())))
                .isInstanceOf(dev.kith.domain.shared.NotFound.class);
        assertThat(kith.groups().get().execute(alice, moderated.group().id().toString()).membersCount()).isEqualTo(1);
        // stories
        assertThat(kith.stories().feed().execute(alice, new GetStoryFeed.Query()))
                .noneMatch(a -> a.author().id().equals(erased));
        // notifications: none from or about her, and the counts agree with the lists
        relay();
        for (Actor other : List.of(alice, bob, carol, dave)) {
            assertThat(notifications(other)).noneMatch(n -> n.notification().actor().equals(erased)
                    || n.notification().post().filter(evesPost.id()::equals).isPresent());
            assertThat(unread(other)).isEqualTo(notifications(other).stream().filter(n -> !n.notification().read()).count());
        }
        // media: her rows and files are gone (files through the outbox), and those of bob's post in the deleted group
        assertThat(adapters.media().media().findAll(evesMedia)).isEmpty();
        assertThat(adapters.mediaStorage().keys()).doesNotContainAnyElementsOf(evesFiles)
                .doesNotContainAnyElementsOf(bobsGroupFiles);
        othersFiles.removeAll(bobsGroupFiles);
        assertThat(adapters.mediaStorage().keys()).as("alice's story's").containsAll(othersFiles).isNotEmpty();
    }

    @Test
    void the_names_of_an_erased_account_are_free_again_after_30_days_and_the_purge() {
        Actor eve = member("eve");
        kith.accounts().deleteAccount().execute(eve, new DeleteAccount.Command("password of eve"));

        clock.advance(DeleteAccount.NAMES_RESERVED_FOR.minus(Duration.ofMinutes(1)));
        assertThatThrownBy(() -> kith.accounts().register().execute(Actor.anonymous(),
                new RegisterAccount.Command("someone", "EVE@example.com", "a long enough password")))
                .isInstanceOf(AccountErrors.EmailTaken.class);
        clock.advance(Duration.ofMinutes(1));
        assertThat(kith.accounts().purgeExpiredTokens().execute().nameReservations()).isEqualTo(2);
        assertThat(Members.signUp(core, "eve").requireAccount()).isNotEqualTo(eve.requireAccount());
    }

    private static final class Recorder implements StreamSink {
        volatile Close closed;

        @Override
        public boolean offer(StreamEvent event) {
            return true;
        }

        @Override
        public void close(Close reason) {
            closed = reason;
        }
    }
}
