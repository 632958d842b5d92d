package dev.kith.adapter.inmemory.content;

import dev.kith.application.graph.ViewerScope;
import dev.kith.adapter.inmemory.shared.SocialTables;
import dev.kith.adapter.inmemory.shared.SocialTables.LikeKey;
import dev.kith.application.account.port.AccountSummary;
import dev.kith.application.content.port.CommentView;
import dev.kith.application.content.port.ContentQueries;
import dev.kith.application.content.port.LikeSummary;
import dev.kith.application.content.port.PostView;
import dev.kith.application.shared.Keyed;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.Comment;
import dev.kith.domain.content.CommentId;
import dev.kith.domain.content.Post;
import dev.kith.domain.content.PostId;
import dev.kith.domain.group.GroupId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The content read side over the in-memory store; scans, which is fine for tests and demos. */
public final class InMemoryContentQueries implements ContentQueries {

    private final SocialTables tables;

    public InMemoryContentQueries(SocialTables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<PostView> post(PostId id, AccountId viewer) {
        return tables.store.locked(() -> tables.posts.get(id).map(post -> view(post, viewer)));
    }

    @Override
    public List<PostView> posts(java.util.Collection<PostId> ids, AccountId viewer) {
        return tables.store.locked(() -> ids.stream().distinct().flatMap(id -> tables.posts.get(id).stream())
                .map(post -> view(post, viewer)).toList());
    }

    @Override
    public List<PostView> homeTimeline(ViewerScope scope, Optional<PostId> before, int limit) {
        AccountId viewer = tables.viewerOf(scope);
        return tables.store.locked(() -> {
            Set<PostId> feed = tables.homeFeed.values().filter(row -> row.owner().equals(viewer))
                    .map(SocialTables.FeedRow::post).collect(Collectors.toSet());
            // a group post only while the viewer is a member (rows leave with it; this is the second line)
            return posts(post -> feed.contains(post.id())
                    && post.group().map(group -> tables.isMember(group, viewer)).orElse(true), viewer, before, limit);
        });
    }

    @Override
    public List<PostView> groupPosts(GroupId group, ViewerScope scope, Optional<PostId> before, int limit) {
        AccountId viewer = tables.viewerOf(scope);
        return tables.store.locked(() -> tables.seesGroupPosts(viewer, group)
                ? posts(post -> post.group().filter(group::equals).isPresent(), viewer, before, limit)
                : List.of());
    }

    @Override
    public List<PostView> postsBy(AccountId author, ViewerScope scope, Optional<PostId> before, int limit) {
        AccountId viewer = tables.viewerOf(scope);
        return posts(post -> post.author().equals(author) && post.group().isEmpty(), viewer, before, limit);
    }

    private List<PostView> posts(Predicate<Post> which, AccountId viewer, Optional<PostId> before, int limit) {
        return tables.store.locked(() -> tables.posts.values()
                .filter(which)
                .filter(post -> !tables.blockedEitherWay(viewer, post.author()))
                .filter(post -> before.map(b -> SocialTables.UUID_ORDER.compare(post.id().value(), b.value()) < 0).orElse(true))
                .sorted((a, b) -> SocialTables.UUID_ORDER.compare(b.id().value(), a.id().value()))
                .limit(limit)
                .map(post -> view(post, viewer))
                .toList());
    }

    @Override
    public List<CommentView> comments(PostId post, ViewerScope scope, Optional<CommentId> after, int limit) {
        AccountId viewer = tables.viewerOf(scope);
        return tables.store.locked(() -> tables.comments.values()
                .filter(comment -> comment.post().equals(post))
                .filter(comment -> !tables.blockedEitherWay(viewer, comment.author()))
                .filter(comment -> after.map(a -> SocialTables.UUID_ORDER.compare(comment.id().value(), a.value()) > 0).orElse(true))
                .sorted((a, b) -> SocialTables.UUID_ORDER.compare(a.id().value(), b.id().value()))
                .limit(limit)
                .map(this::view)
                .toList());
    }

    @Override
    public List<Keyed<UUID, AccountSummary>> likers(PostId post, ViewerScope scope, Optional<UUID> after, int limit) {
        AccountId viewer = tables.viewerOf(scope);
        return tables.store.locked(() -> tables.likes.entries().stream()
                .filter(e -> e.getKey().post().equals(post))
                .filter(e -> !tables.blockedEitherWay(viewer, e.getKey().account()))
                .filter(e -> after.map(a -> SocialTables.UUID_ORDER.compare(e.getValue().id().value(), a) < 0).orElse(true))
                .sorted((a, b) -> SocialTables.UUID_ORDER.compare(b.getValue().id().value(), a.getValue().id().value()))
                .limit(limit)
                .map(e -> new Keyed<>(e.getValue().id().value(), tables.summary(e.getKey().account()).orElseThrow()))
                .toList());
    }

    @Override
    public LikeSummary likes(PostId post, AccountId viewer) {
        return tables.store.locked(() -> new LikeSummary(tables.likesCount(post),
                tables.likes.containsKey(new LikeKey(post, viewer))));
    }

    private PostView view(Post post, AccountId viewer) {
        AccountSummary author = tables.summary(post.author()).orElseThrow();
        return new PostView(post.id(), author, post.text(), post.media().stream().flatMap(id -> tables.media.get(id).stream()).toList(),
                post.group(), tables.likesCount(post.id()), tables.commentsCount(post.id()),
                tables.likes.containsKey(new LikeKey(post.id(), viewer)), post.createdAt());
    }

    private CommentView view(Comment comment) {
        return new CommentView(comment.id(), comment.post(), comment.parent(),
                tables.summary(comment.author()).orElseThrow(), comment.text(), comment.createdAt());
    }
}
