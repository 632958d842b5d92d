package dev.kith.adapter.inmemory.content;

import dev.kith.adapter.inmemory.shared.SocialTables;
import dev.kith.adapter.inmemory.shared.SocialTables.FeedRow;
import dev.kith.application.content.port.HomeFeed;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.PostId;
import dev.kith.domain.graph.FollowState;

/**
 * {@link HomeFeed} as rows of the in-memory store ({@link SocialTables#homeFeed}), which the in-memory home
 * timeline reads, so tests of the core see a timeline only as the events made it. Every post is pushed to
 * every follower: the in-memory store has no threshold for popular authors.
 */
public final class InMemoryHomeFeed implements HomeFeed {

    private final SocialTables tables;

    public InMemoryHomeFeed(SocialTables tables) {
        this.tables = tables;
    }

    @Override
    public void postPublished(PostId post, AccountId author) {
        tables.store.locked(() -> {
            tables.homeFeed.put(new FeedRow(author, post, author), new FeedRow(author, post, author));
            tables.follows.entries().stream()
                    .filter(e -> e.getKey().to().equals(author) && e.getValue().state() == FollowState.FOLLOWING)
                    .map(e -> new FeedRow(e.getKey().from(), post, author))
                    .toList()
                    .forEach(row -> tables.homeFeed.put(row, row));
            return null;
        });
    }

    @Override
    public void postDeleted(PostId post, AccountId author) {
        tables.store.locked(() -> {
            tables.homeFeed.removeIf(row -> row.post().equals(post));
            return null;
        });
    }

    @Override
    public void followStarted(AccountId follower, AccountId followee) {
        tables.store.locked(() -> {
            tables.posts.values()
                    .filter(post -> post.author().equals(followee) && post.group().isEmpty())
                    .map(post -> new FeedRow(follower, post.id(), followee))
                    .toList()
                    .forEach(row -> tables.homeFeed.put(row, row));
            return null;
        });
    }

    @Override
    public void followEnded(AccountId follower, AccountId followee) {
        tables.store.locked(() -> {
            tables.homeFeed.removeIf(row -> row.owner().equals(follower) && row.author().equals(followee));
            return null;
        });
    }
}
