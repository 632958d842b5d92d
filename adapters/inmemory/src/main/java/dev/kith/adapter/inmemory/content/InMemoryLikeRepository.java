package dev.kith.adapter.inmemory.content;

import dev.kith.adapter.inmemory.shared.SocialTables;
import dev.kith.adapter.inmemory.shared.SocialTables.Like;
import dev.kith.adapter.inmemory.shared.SocialTables.LikeKey;
import dev.kith.application.content.port.LikeRepository;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.LikeId;
import dev.kith.domain.content.PostId;
import java.time.Instant;

/** Likes in the in-memory store. */
public final class InMemoryLikeRepository implements LikeRepository {

    private final SocialTables tables;

    public InMemoryLikeRepository(SocialTables tables) {
        this.tables = tables;
    }

    @Override
    public boolean add(LikeId id, PostId post, AccountId account, Instant now) {
        return tables.store.locked(() -> {
            LikeKey key = new LikeKey(post, account);
            tables.requirePost(post);
            tables.requireWriter(account);
            if (tables.likes.containsKey(key)) {
                return false;
            }
            tables.likes.put(key, new Like(id, now));
            return true;
        });
    }

    @Override
    public boolean remove(PostId post, AccountId account) {
        return tables.store.locked(() -> {
            LikeKey key = new LikeKey(post, account);
            boolean existed = tables.likes.containsKey(key);
            tables.likes.remove(key);
            return existed;
        });
    }
}
