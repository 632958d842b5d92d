package dev.kith.adapter.inmemory.export;

import dev.kith.adapter.inmemory.shared.SocialTables;
import dev.kith.adapter.inmemory.story.StoryTables;
import dev.kith.application.export.port.ExportSource;
import dev.kith.application.export.port.ExportedLike;
import dev.kith.application.export.port.ExportedMembership;
import dev.kith.application.export.port.ExportedRelation;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.Comment;
import dev.kith.domain.content.CommentId;
import dev.kith.domain.content.LikeId;
import dev.kith.domain.content.Post;
import dev.kith.domain.content.PostId;
import dev.kith.domain.graph.FollowState;
import dev.kith.domain.group.GroupId;
import dev.kith.domain.media.Media;
import dev.kith.domain.notification.Notification;
import dev.kith.domain.notification.NotificationId;
import dev.kith.domain.shared.MediaId;
import dev.kith.domain.story.Story;
import dev.kith.domain.story.StoryId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Reads an account's rows from the in-memory tables, a page at a time, in the order PostgreSQL would. */
public final class InMemoryExportSource implements ExportSource {

    private final SocialTables social;
    private final StoryTables stories;

    public InMemoryExportSource(SocialTables social, StoryTables stories) {
        this.social = social;
        this.stories = stories;
    }

    @Override
    public Optional<Account> account(AccountId account) {
        return social.store.locked(() -> social.accounts.findById(account));
    }

    @Override
    public List<Post> posts(AccountId author, Optional<PostId> after, int limit) {
        return page(() -> social.posts.values().filter(p -> p.author().equals(author)), p -> p.id().value(),
                after.map(PostId::value), limit);
    }

    @Override
    public List<Comment> comments(AccountId author, Optional<CommentId> after, int limit) {
        return page(() -> social.comments.values().filter(c -> c.author().equals(author)), c -> c.id().value(),
                after.map(CommentId::value), limit);
    }

    @Override
    public List<ExportedLike> likes(AccountId liker, Optional<LikeId> after, int limit) {
        return page(() -> social.likes.entries().stream().filter(e -> e.getKey().account().equals(liker))
                        .map(e -> new ExportedLike(e.getValue().id(), e.getKey().post(), e.getValue().createdAt())),
                l -> l.id().value(), after.map(LikeId::value), limit);
    }

    @Override
    public List<ExportedRelation> followers(AccountId account, Optional<AccountId> after, int limit) {
        return page(() -> social.follows.entries().stream().filter(e -> e.getKey().to().equals(account))
                        .flatMap(e -> relation(e.getKey().from(), e.getValue().state() == FollowState.REQUESTED,
                                e.getValue().createdAt())),
                r -> r.account().value(), after.map(AccountId::value), limit);
    }

    @Override
    public List<ExportedRelation> following(AccountId account, Optional<AccountId> after, int limit) {
        return page(() -> social.follows.entries().stream().filter(e -> e.getKey().from().equals(account))
                        .flatMap(e -> relation(e.getKey().to(), e.getValue().state() == FollowState.REQUESTED,
                                e.getValue().createdAt())),
                r -> r.account().value(), after.map(AccountId::value), limit);
    }

    @Override
    public List<ExportedRelation> blocks(AccountId account, Optional<AccountId> after, int limit) {
        return page(() -> social.blocks.entries().stream().filter(e -> e.getKey().from().equals(account))
                        .flatMap(e -> relation(e.getKey().to(), false, e.getValue())),
                r -> r.account().value(), after.map(AccountId::value), limit);
    }

    @Override
    public List<ExportedMembership> memberships(AccountId account, Optional<GroupId> after, int limit) {
        return page(() -> social.members.values().filter(m -> m.account().equals(account))
                        .flatMap(m -> social.groups.get(m.group()).stream()
                                .map(g -> new ExportedMembership(m.group(), g.name(), m.role(), m.since()))),
                m -> m.group().value(), after.map(GroupId::value), limit);
    }

    @Override
    public List<Story> stories(AccountId author, Optional<StoryId> after, int limit) {
        return page(() -> stories.stories().values().filter(s -> s.author().equals(author)), s -> s.id().value(),
                after.map(StoryId::value), limit);
    }

    @Override
    public List<Notification> notifications(AccountId recipient, Optional<NotificationId> after, int limit) {
        return page(() -> social.notifications.values().filter(n -> n.recipient().equals(recipient)), n -> n.id().value(),
                after.map(NotificationId::value), limit);
    }

    @Override
    public List<Media> media(AccountId owner, Optional<MediaId> after, int limit) {
        return page(() -> social.media.values().filter(m -> m.owner().equals(owner)), m -> m.id().value(),
                after.map(MediaId::value), limit);
    }

    private Stream<ExportedRelation> relation(AccountId other, boolean requested, java.time.Instant since) {
        return social.accounts.findById(other).stream().map(a -> new ExportedRelation(other, a.username(), requested, since));
    }

    private <T> List<T> page(Supplier<Stream<T>> rows, Function<T, UUID> key, Optional<UUID> after, int limit) {
        return social.store.locked(() -> rows.get()
                .filter(row -> after.map(a -> SocialTables.UUID_ORDER.compare(key.apply(row), a) > 0).orElse(true))
                .sorted(Comparator.comparing(key, SocialTables.UUID_ORDER))
                .limit(limit).toList());
    }
}
