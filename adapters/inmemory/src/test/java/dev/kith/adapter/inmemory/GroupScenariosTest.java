package dev.kith.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.application.Kith;
import dev.kith.application.content.CommentOnPost;
import dev.kith.application.content.DeleteComment;
import dev.kith.application.content.DeletePost;
import dev.kith.application.content.GetPost;
import dev.kith.application.content.LikePost;
import dev.kith.application.content.ListComments;
import dev.kith.application.content.ListGroupPosts;
import dev.kith.application.content.ListPostLikes;
import dev.kith.application.content.ListPosts;
import dev.kith.application.content.PublishPost;
import dev.kith.application.content.port.PostView;
import dev.kith.application.graph.BlockAccount;
import dev.kith.application.graph.FollowAccount;
import dev.kith.application.group.AnswerJoinRequest;
import dev.kith.application.group.ChangeMemberRole;
import dev.kith.application.group.CreateGroup;
import dev.kith.application.group.EditGroup;
import dev.kith.application.group.GroupSettings;
import dev.kith.application.group.JoinGroup;
import dev.kith.application.group.ListGroupMembers;
import dev.kith.application.group.ListGroups;
import dev.kith.application.group.RemoveMember;
import dev.kith.application.group.Unban;
import dev.kith.application.group.port.GroupView;
import dev.kith.application.group.port.MemberView;
import dev.kith.application.group.port.ModerationEntryView;
import dev.kith.application.notification.ListNotifications;
import dev.kith.application.profile.UpdateProfile;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.Change;
import dev.kith.application.shared.PageRequest;
import dev.kith.application.testing.MutableClock;
import dev.kith.domain.content.ContentErrors;
import dev.kith.domain.group.GroupErrors;
import dev.kith.domain.group.GroupRole;
import dev.kith.domain.group.ModerationAction;
import dev.kith.domain.notification.NotificationType;
import dev.kith.domain.shared.InvalidInput;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The group rules, end to end on the in-memory core. */
class GroupScenariosTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T18:00:00Z"));
    private final InMemoryKith core = InMemoryKith.builder(clock, InMemoryAdapters.create(clock))
            .groupSettings(new GroupSettings(20, 50, 3))
            .build();
    private final Kith kith = core.kith();

    private Actor member(String username) {
        return Members.signUp(core, username);
    }

    private String id(Actor actor) {
        return actor.requireAccount().toString();
    }

    /** A public group of an owner, a moderator and a member. */
    private record Club(Actor owner, Actor moderator, Actor member, GroupView group) {
    }

    private Club club() {
        Actor owner = member("owner");
        Actor moderator = member("mod");
        Actor bob = member("bob");
        GroupView group = create(owner, "Club", "public");
        join(moderator, group);
        join(bob, group);
        role(owner, group, moderator, "moderator");
        return new Club(owner, moderator, bob, group);
    }

    private GroupView create(Actor owner, String name, String visibility) {
        return kith.groups().create().execute(owner, new CreateGroup.Command(name, "about " + name, visibility));
    }

    private String gid(GroupView group) {
        return group.group().id().toString();
    }

    private JoinGroup.State join(Actor actor, GroupView group) {
        return kith.groups().join().execute(actor, gid(group));
    }

    private void approve(Actor admin, GroupView group, Actor requester) {
        kith.groups().answer().execute(admin, new AnswerJoinRequest.Command(gid(group), id(requester), true));
    }

    private MemberView role(Actor actor, GroupView group, Actor target, String role) {
        return kith.groups().changeRole().execute(actor, new ChangeMemberRole.Command(gid(group), id(target), role));
    }

    private void remove(Actor actor, GroupView group, Actor target, boolean ban) {
        kith.groups().remove().execute(actor, new RemoveMember.Command(gid(group), id(target), ban));
    }

    private PostView post(Actor author, GroupView group, String text) {
        return kith.content().publishPost().execute(author, new PublishPost.Command(text, List.of(), Optional.of(gid(group))));
    }

    private PostView post(Actor author, String text) {
        return kith.content().publishPost().execute(author, new PublishPost.Command(text, List.of(), Optional.empty()));
    }

    private List<String> groupTimeline(Actor viewer, GroupView group) {
        return kith.content().listGroupPosts().execute(viewer, new ListGroupPosts.Query(gid(group), PageRequest.first()))
                .items().stream().map(PostView::text).toList();
    }

    private List<String> home(Actor viewer) {
        return kith.content().listPosts().execute(viewer, ListPosts.Query.home(PageRequest.first()))
                .items().stream().map(PostView::text).toList();
    }

    private List<String> profile(Actor viewer, String username) {
        return kith.content().listPosts().execute(viewer, ListPosts.Query.of(username, PageRequest.first()))
                .items().stream().map(PostView::text).toList();
    }

    private List<String> members(Actor viewer, GroupView group) {
        return kith.groups().lists().members(viewer, new ListGroupMembers.Query(gid(group), PageRequest.first()))
                .items().stream().map(m -> m.user().username() + ":" + m.role().name().toLowerCase()).toList();
    }

    private List<ModerationEntryView> log(Actor admin, GroupView group) {
        return kith.groups().lists().log(admin, new ListGroupMembers.Query(gid(group), PageRequest.first())).items();
    }

    private List<NotificationType> notifications(Actor actor) {
        core.deliverMail();
        return kith.notifications().list().execute(actor, new ListNotifications.Query(false, PageRequest.first()))
                .items().stream().map(n -> n.notification().type()).toList();
    }

    @Test
    void a_public_group_is_joined_at_once_and_its_creator_owns_it() {
        Actor owner = member("owner");
        Actor bob = member("bob");
        GroupView group = create(owner, "Hikers", "public");

        assertThat(group.myRole()).contains(GroupRole.OWNER);
        assertThat(group.membersCount()).isEqualTo(1);
        assertThat(join(bob, group)).isEqualTo(JoinGroup.State.MEMBER);
        assertThat(join(bob, group)).as("idempotent").isEqualTo(JoinGroup.State.MEMBER);
        assertThat(kith.groups().get().execute(bob, gid(group)).membersCount()).isEqualTo(2);
        assertThat(members(bob, group)).containsExactly("owner:owner", "bob:member");
    }

    @Test
    void a_private_group_is_found_by_anyone_but_joined_by_request_answered_by_admins() {
        Actor owner = member("owner");
        Actor admin = member("admin");
        Actor carol = member("carol");
        Actor dave = member("dave");
        GroupView group = create(owner, "Secret Society", "private");
        join(admin, group);
        approve(owner, group, admin);
        role(owner, group, admin, "admin");

        assertThat(kith.groups().list().search(carol, new ListGroups.Query("secr", PageRequest.first())).items())
                .extracting(g -> g.group().name()).containsExactly("Secret Society");
        assertThat(join(carol, group)).isEqualTo(JoinGroup.State.REQUESTED);
        assertThat(join(carol, group)).isEqualTo(JoinGroup.State.REQUESTED);
        assertThat(kith.groups().get().execute(carol, gid(group)).requested()).isTrue();
        assertThat(notifications(admin)).contains(NotificationType.GROUP_JOIN_REQUEST);
        assertThat(notifications(owner)).contains(NotificationType.GROUP_JOIN_REQUEST);
        assertThatThrownBy(() -> members(carol, group)).isInstanceOf(GroupErrors.MembersOnly.class);
        assertThatThrownBy(() -> groupTimeline(carol, group)).isInstanceOf(GroupErrors.MembersOnly.class);

        assertThatThrownBy(() -> approve(dave, group, carol)).isInstanceOf(GroupErrors.NotAllowed.class);
        approve(admin, group, carol);
        assertThat(notifications(carol)).contains(NotificationType.GROUP_REQUEST_APPROVED);
        assertThat(notifications(owner)).as("the answered request is taken back").doesNotContain(NotificationType.GROUP_JOIN_REQUEST);
        assertThat(members(carol, group)).containsExactly("owner:owner", "admin:admin", "carol:member");
        assertThatThrownBy(() -> kith.groups().answer().execute(admin, new AnswerJoinRequest.Command(gid(group), id(dave), false)))
                .isInstanceOf(GroupErrors.NotInGroup.class);
        assertThat(log(admin, group)).extracting(ModerationEntryView::action)
                .containsExactly(ModerationAction.REQUEST_APPROVED, ModerationAction.ROLE_CHANGED, ModerationAction.REQUEST_APPROVED);
    }

    @Test
    void roles_follow_rank_and_ownership_is_handed_over_never_dropped() {
        Actor owner = member("owner");
        Actor admin = member("admin");
        Actor mod = member("mod");
        Actor bob = member("bob");
        GroupView group = create(owner, "Club", "public");
        join(admin, group);
        join(mod, group);
        join(bob, group);
        role(owner, group, admin, "admin");
        role(admin, group, mod, "moderator");
        assertThat(notifications(mod)).contains(NotificationType.GROUP_ROLE_CHANGED);

        assertThatThrownBy(() -> role(admin, group, bob, "admin")).as("admins are the owners' to make")
                .isInstanceOf(GroupErrors.NotAllowed.class);
        assertThatThrownBy(() -> role(mod, group, bob, "moderator")).isInstanceOf(GroupErrors.NotAllowed.class);
        assertThatThrownBy(() -> role(admin, group, owner, "member")).isInstanceOf(GroupErrors.NotAllowed.class);
        assertThatThrownBy(() -> role(owner, group, bob, "king")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> kith.groups().leave().execute(owner, gid(group))).isInstanceOf(GroupErrors.LastOwner.class);
        assertThatThrownBy(() -> role(owner, group, owner, "admin")).isInstanceOf(GroupErrors.LastOwner.class);

        role(owner, group, bob, "owner");
        kith.groups().leave().execute(owner, gid(group));
        assertThat(members(bob, group)).containsExactly("admin:admin", "mod:moderator", "bob:owner");
        assertThatThrownBy(() -> remove(admin, group, bob, false)).isInstanceOf(GroupErrors.NotAllowed.class);
        assertThatThrownBy(() -> kith.groups().leave().execute(bob, gid(group))).isInstanceOf(GroupErrors.LastOwner.class);
    }

    @Test
    void a_ban_keeps_the_account_out_until_an_admin_lifts_it() {
        Club club = club();
        Actor owner = club.owner();
        Actor mod = club.moderator();
        Actor bob = club.member();
        GroupView group = club.group();

        remove(mod, group, bob, true);
        assertThat(members(owner, group)).doesNotContain("bob:member");
        assertThatThrownBy(() -> join(bob, group)).isInstanceOf(GroupErrors.Banned.class);
        assertThatThrownBy(() -> kith.groups().lists().bans(mod, new ListGroupMembers.Query(gid(group), PageRequest.first())))
                .isInstanceOf(GroupErrors.NotAllowed.class);
        assertThat(kith.groups().lists().bans(owner, new ListGroupMembers.Query(gid(group), PageRequest.first())).items())
                .extracting(b -> b.user().username()).containsExactly("bob");

        kith.groups().unban().execute(owner, new Unban.Command(gid(group), id(bob)));
        kith.groups().unban().execute(owner, new Unban.Command(gid(group), id(bob)));
        assertThat(join(bob, group)).isEqualTo(JoinGroup.State.MEMBER);
        assertThat(log(owner, group)).extracting(ModerationEntryView::action)
                .containsExactly(ModerationAction.MEMBER_UNBANNED, ModerationAction.MEMBER_BANNED, ModerationAction.ROLE_CHANGED);
        ModerationEntryView ban = log(owner, group).get(1);
        assertThat(ban.actor().orElseThrow().username()).isEqualTo("mod");
        assertThat(ban.subject().orElseThrow().username()).isEqualTo("bob");
    }

    @Test
    void posting_needs_membership_and_group_posts_stay_off_profiles() {
        Actor owner = member("owner");
        Actor bob = member("bob");
        GroupView group = create(owner, "Club", "public");

        assertThatThrownBy(() -> post(bob, group, "let me in")).isInstanceOf(GroupErrors.NotAMember.class);
        assertThatThrownBy(() -> kith.content().publishPost().execute(owner,
                new PublishPost.Command("x", List.of(), Optional.of("not-a-group")))).isInstanceOf(InvalidInput.class);
        PostView posted = post(owner, group, "in the club");
        assertThat(posted.group()).contains(group.group().id());
        assertThat(groupTimeline(bob, group)).containsExactly("in the club");
        assertThat(profile(bob, "owner")).isEmpty();
    }

    @Test
    void a_private_groups_post_reaches_no_follower_of_its_author_who_is_not_a_member_by_any_route() {
        Actor author = member("author");
        Actor insider = member("insider");
        Actor follower = member("follower");
        kith.graph().follow().execute(follower, new FollowAccount.Command("author"));
        GroupView group = create(author, "Inner Circle", "private");
        join(insider, group);
        approve(author, group, insider);
        PostView secret = post(author, group, "secret plans @follower");
        post(author, "public hello");
        String postId = secret.id().toString();
        kith.content().comment().execute(insider, new CommentOnPost.Command(postId, "count me in", Optional.empty()));
        kith.content().likePost().execute(insider, new LikePost.Command(postId, true));

        assertThat(home(insider)).contains("secret plans @follower");
        assertThat(home(follower)).containsExactly("public hello");
        assertThat(profile(follower, "author")).containsExactly("public hello");
        assertThatThrownBy(() -> kith.content().getPost().execute(follower, new GetPost.Query(postId)))
                .isInstanceOf(ContentErrors.PostNotFound.class);
        assertThatThrownBy(() -> kith.content().listComments().execute(follower, new ListComments.Query(postId, PageRequest.first())))
                .isInstanceOf(ContentErrors.PostNotFound.class);
        assertThatThrownBy(() -> kith.content().listLikes().execute(follower, new ListPostLikes.Query(postId, PageRequest.first())))
                .isInstanceOf(ContentErrors.PostNotFound.class);
        assertThatThrownBy(() -> kith.content().likePost().execute(follower, new LikePost.Command(postId, true)))
                .isInstanceOf(ContentErrors.PostNotFound.class);
        assertThatThrownBy(() -> kith.content().comment().execute(follower, new CommentOnPost.Command(postId, "hi", Optional.empty())))
                .isInstanceOf(ContentErrors.PostNotFound.class);
        assertThatThrownBy(() -> groupTimeline(follower, group)).isInstanceOf(GroupErrors.MembersOnly.class);
        assertThat(notifications(follower)).as("mentioned, but may not see the post").doesNotContain(NotificationType.MENTION);
    }

    @Test
    void leaving_being_removed_or_the_group_turning_private_takes_access_away_at_once() {
        Actor owner = member("owner");
        Actor bob = member("bob");
        Actor carol = member("carol");
        GroupView group = create(owner, "Club", "public");
        join(bob, group);
        join(carol, group);
        String postId = post(owner, group, "members only soon").id().toString();
        assertThat(home(bob)).contains("members only soon");
        assertThat(home(carol)).contains("members only soon");

        kith.groups().edit().execute(owner, new EditGroup.Command(gid(group), Optional.empty(), Optional.empty(), Optional.of("private")));
        kith.groups().leave().execute(bob, gid(group));
        remove(owner, group, carol, false);

        for (Actor gone : List.of(bob, carol)) {
            assertThat(home(gone)).isEmpty();
            assertThatThrownBy(() -> groupTimeline(gone, group)).isInstanceOf(GroupErrors.MembersOnly.class);
            assertThatThrownBy(() -> kith.content().getPost().execute(gone, new GetPost.Query(postId)))
                    .isInstanceOf(ContentErrors.PostNotFound.class);
        }
        assertThat(log(owner, group)).extracting(ModerationEntryView::action)
                .containsExactly(ModerationAction.MEMBER_REMOVED, ModerationAction.GROUP_EDITED);
        assertThat(log(owner, group).get(1).detail()).isEqualTo("visibility: public -> private");
    }

    @Test
    void blocks_still_apply_inside_groups() {
        Actor owner = member("owner");
        Actor bob = member("bob");
        GroupView group = create(owner, "Club", "public");
        join(bob, group);
        String postId = post(owner, group, "from owner").id().toString();
        kith.content().comment().execute(bob, new CommentOnPost.Command(postId, "bob was here", Optional.empty()));
        post(bob, group, "from bob");
        kith.graph().block().execute(owner, new BlockAccount.Command("bob", true));

        assertThat(groupTimeline(owner, group)).containsExactly("from owner");
        assertThat(groupTimeline(bob, group)).containsExactly("from bob");
        assertThat(home(owner)).doesNotContain("from bob");
        assertThat(kith.content().listComments().execute(owner, new ListComments.Query(postId, PageRequest.first())).items()).isEmpty();
        assertThat(members(owner, group)).containsExactly("owner:owner");
        assertThatThrownBy(() -> kith.content().getPost().execute(bob, new GetPost.Query(postId)))
                .isInstanceOf(ContentErrors.PostNotFound.class);
    }

    @Test
    void moderators_delete_posts_and_comments_of_lower_ranks_and_each_deletion_is_logged() {
        Club club = club();
        Actor owner = club.owner();
        Actor mod = club.moderator();
        Actor bob = club.member();
        GroupView group = club.group();
        String bobs = post(bob, group, "spam").id().toString();
        String owners = post(owner, group, "rules").id().toString();
        String comment = kith.content().comment().execute(bob, new CommentOnPost.Command(owners, "more spam", Optional.empty()))
                .id().toString();

        assertThatThrownBy(() -> kith.content().deletePost().execute(mod, new DeletePost.Command(owners)))
                .isInstanceOf(GroupErrors.NotAllowed.class);
        assertThatThrownBy(() -> kith.content().deletePost().execute(bob, new DeletePost.Command(owners)))
                .isInstanceOf(GroupErrors.NotAllowed.class);
        kith.content().deleteComment().execute(mod, new DeleteComment.Command(comment));
        kith.content().deletePost().execute(mod, new DeletePost.Command(bobs));

        assertThat(groupTimeline(owner, group)).containsExactly("rules");
        assertThat(log(owner, group)).extracting(ModerationEntryView::action)
                .containsExactly(ModerationAction.POST_DELETED, ModerationAction.COMMENT_DELETED, ModerationAction.ROLE_CHANGED);
        assertThat(log(owner, group).get(0).subject().orElseThrow().username()).isEqualTo("bob");
        assertThatThrownBy(() -> log(mod, group)).isInstanceOf(GroupErrors.NotAllowed.class);
    }

    @Test
    void deleting_the_group_is_the_owners_alone_and_takes_its_posts() {
        Actor owner = member("owner");
        Actor admin = member("admin");
        GroupView group = create(owner, "Club", "public");
        join(admin, group);
        role(owner, group, admin, "admin");
        String postId = post(admin, group, "soon gone").id().toString();

        assertThatThrownBy(() -> kith.groups().delete().execute(admin, gid(group))).isInstanceOf(GroupErrors.NotAllowed.class);
        kith.groups().delete().execute(owner, gid(group));

        assertThatThrownBy(() -> kith.groups().get().execute(owner, gid(group))).isInstanceOf(GroupErrors.GroupNotFound.class);
        assertThatThrownBy(() -> kith.content().getPost().execute(admin, new GetPost.Query(postId)))
                .isInstanceOf(ContentErrors.PostNotFound.class);
        assertThat(home(admin)).isEmpty();
    }

    @Test
    void the_limits_are_configurable_and_refused_clearly() {
        Actor owner = member("owner");
        assertThatThrownBy(() -> create(owner, "x".repeat(21), "public")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> kith.groups().create().execute(owner, new CreateGroup.Command("ok", "d".repeat(51), "public")))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> create(owner, "ok", "secret")).isInstanceOf(InvalidInput.class);
        create(owner, "one", "public");
        create(owner, "two", "private");
        GroupView third = create(member("other"), "three", "private");
        join(owner, third);
        assertThatThrownBy(() -> create(owner, "four", "public")).as("a pending request counts")
                .isInstanceOf(GroupErrors.TooManyGroups.class);
    }

    @Test
    void search_is_by_name_prefix_ignoring_case_and_pages_through_equal_names() {
        Actor owner = member("owner");
        Actor other = member("other");
        Actor third = member("third");
        for (Actor a : List.of(owner, other, third)) {
            create(a, "Book Club", "public");
        }
        create(owner, "Bookworms", "private");
        create(other, "Cooks", "public");

        var first = kith.groups().list().search(owner, new ListGroups.Query("BOOK", new PageRequest(2, Optional.empty())));
        assertThat(first.items()).extracting(g -> g.group().name()).containsExactly("Book Club", "Book Club");
        var second = kith.groups().list().search(owner, new ListGroups.Query("BOOK", new PageRequest(2, first.nextCursor())));
        assertThat(second.items()).extracting(g -> g.group().name()).containsExactly("Book Club", "Bookworms");
        assertThat(second.nextCursor()).isEmpty();
        assertThat(kith.groups().list().mine(owner, PageRequest.first()).items()).extracting(g -> g.group().name())
                .containsExactly("Book Club", "Bookworms");
    }

    @Test
    void search_pages_through_names_of_the_longest_length() {
        InMemoryKith defaults = InMemoryKith.create(clock);
        Actor owner = Members.signUp(defaults, "owner");
        String name = "İ" + "🌍".repeat(GroupSettings.DEFAULT_NAME_MAX_LENGTH - 1);
        for (int i = 0; i < 3; i++) {
            defaults.kith().groups().create().execute(owner, new CreateGroup.Command(name, null, "public"));
        }
        var first = defaults.kith().groups().list().search(owner, new ListGroups.Query("i", new PageRequest(2, Optional.empty())));
        var second = defaults.kith().groups().list().search(owner, new ListGroups.Query("i", new PageRequest(2, first.nextCursor())));
        assertThat(first.items()).hasSize(2);
        assertThat(second.items()).hasSize(1);
    }

    @Test
    void a_private_accounts_group_post_is_seen_by_the_groups_members() {
        Actor author = member("author");
        Actor bob = member("bob");
        kith.profiles().updateProfile().execute(author, new UpdateProfile.Command(Change.keep(), Change.keep(), Change.keep(), Optional.of(true)));
        GroupView group = create(author, "Open", "public");
        join(bob, group);
        post(author, group, "for the group");

        assertThat(groupTimeline(bob, group)).containsExactly("for the group");
        assertThat(profile(author, "author")).isEmpty();
    }
}
