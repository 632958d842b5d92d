package dev.kith.adapter.inmemory.content;

import dev.kith.adapter.inmemory.shared.SocialTables;
import dev.kith.application.content.port.PostRepository;
import dev.kith.domain.content.Post;
import dev.kith.domain.content.PostId;
import dev.kith.domain.group.GroupId;
import java.util.List;
import java.util.Optional;

/** Posts in the in-memory store. */
public final class InMemoryPostRepository implements PostRepository {

    private final SocialTables tables;

    public InMemoryPostRepository(SocialTables tables) {
        this.tables = tables;
    }

    @Override
    public void add(Post post) {
        tables.store.locked(() -> {
            tables.requireWriter(post.author());
            tables.posts.put(post.id(), post);
            return null;
        });
    }

    @Override
    public Optional<Post> find(PostId id) {
        return tables.store.locked(() -> tables.posts.get(id));
    }

    @Override
    public boolean delete(PostId id) {
        return tables.store.locked(() -> {
            boolean present = tables.posts.containsKey(id);
            tables.deletePost(id);
            return present;
        });
    }

    @Override
    public List<Post> deleteInGroup(GroupId group) {
        return tables.store.locked(() -> {
            List<Post> gone = tables.posts.values().filter(post -> post.group().filter(group::equals).isPresent()).toList();
            gone.forEach(post -> tables.deletePost(post.id()));
            return gone;
        });
    }
}
