package dev.kith.adapter.inmemory.account;

import dev.kith.adapter.inmemory.shared.SocialTables;
import dev.kith.application.account.port.AccountErasure;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.Comment;
import dev.kith.domain.content.CommentId;
import dev.kith.domain.content.PostId;
import java.time.Instant;
import java.util.List;

/** Erases an account's follows, blocks, posts, comments and likes from the in-memory store. */
public final class InMemoryAccountErasure implements AccountErasure {

    private final SocialTables tables;

    public InMemoryAccountErasure(SocialTables tables) {
        this.tables = tables;
    }

    @Override
    public void eraseEverythingOf(AccountId account, Instant now) {
        tables.store.locked(() -> {
            tables.follows.entries().removeIf(e -> e.getKey().from().equals(account) || e.getKey().to().equals(account));
            tables.blocks.entries().removeIf(e -> e.getKey().from().equals(account) || e.getKey().to().equals(account));
            tables.likes.entries().removeIf(e -> e.getKey().account().equals(account));
            List<CommentId> comments = tables.comments.values().filter(c -> c.author().equals(account)).map(Comment::id).toList();
            comments.forEach(tables::deleteComment);
            List<PostId> posts = tables.posts.values().filter(p -> p.author().equals(account)).map(p -> p.id()).toList();
            posts.forEach(tables::deletePost);
            return null;
        });
    }
}
