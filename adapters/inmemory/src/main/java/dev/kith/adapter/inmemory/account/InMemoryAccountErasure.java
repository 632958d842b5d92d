package dev.kith.adapter.inmemory.account;

import dev.kith.adapter.inmemory.shared.SocialTables;
import dev.kith.application.account.port.AccountErasure;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.Comment;
import dev.kith.domain.content.CommentId;
import dev.kith.domain.content.PostId;
import java.time.Instant;
import dev.kith.domain.content.Post;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Erases an account's follows, blocks, posts, comments and likes from the in-memory store. */
public final class InMemoryAccountErasure implements AccountErasure {

    private final SocialTables tables;

    public InMemoryAccountErasure(SocialTables tables) {
        this.tables = tables;
    }

    private void forgetMentionsOf(AccountId account) {
        tables.posts.values().filter(p -> p.mentions().contains(account)).toList().forEach(p -> tables.posts.put(p.id(),
                new Post(p.id(), p.author(), p.text(), p.media(), p.group(), without(p.mentions(), account), p.createdAt())));
        tables.comments.values().filter(c -> c.mentions().contains(account)).toList().forEach(c -> tables.comments.put(c.id(),
                new Comment(c.id(), c.post(), c.parent(), c.author(), c.text(), without(c.mentions(), account), c.createdAt())));
    }

    private static Set<AccountId> without(Set<AccountId> mentions, AccountId account) {
        Set<AccountId> rest = new HashSet<>(mentions);
        rest.remove(account);
        return rest;
    }

    @Override
    public void eraseEverythingOf(AccountId account, Instant now) {
        tables.store.locked(() -> {
            tables.follows.entries().removeIf(e -> e.getKey().from().equals(account) || e.getKey().to().equals(account));
            tables.blocks.entries().removeIf(e -> e.getKey().from().equals(account) || e.getKey().to().equals(account));
            tables.likes.entries().removeIf(e -> e.getKey().account().equals(account));
            tables.homeFeed.removeIf(row -> row.owner().equals(account) || row.author().equals(account));
            List<CommentId> comments = tables.comments.values().filter(c -> c.author().equals(account)).map(Comment::id).toList();
            comments.forEach(tables::deleteComment);
            List<PostId> posts = tables.posts.values().filter(p -> p.author().equals(account)).map(p -> p.id()).toList();
            posts.forEach(tables::deletePost);
            forgetMentionsOf(account);
            return null;
        });
    }
}
