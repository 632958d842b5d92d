package dev.kith.adapter.inmemory.content;

import dev.kith.domain.content.ContentErrors;
import dev.kith.adapter.inmemory.shared.SocialTables;
import dev.kith.application.content.port.CommentRepository;
import dev.kith.domain.content.Comment;
import dev.kith.domain.content.CommentId;
import java.util.Optional;

/** Comments in the in-memory store. */
public final class InMemoryCommentRepository implements CommentRepository {

    private final SocialTables tables;

    public InMemoryCommentRepository(SocialTables tables) {
        this.tables = tables;
    }

    @Override
    public void add(Comment comment) {
        tables.store.locked(() -> {
            tables.requirePost(comment.post());
            tables.requireWriter(comment.author());
            comment.parent().filter(parent -> tables.comments.get(parent).isEmpty()).ifPresent(gone -> {
                throw new ContentErrors.CommentNotFound();
            });
            tables.comments.put(comment.id(), comment);
            return null;
        });
    }

    @Override
    public Optional<Comment> find(CommentId id) {
        return tables.store.locked(() -> tables.comments.get(id));
    }

    @Override
    public int delete(CommentId id) {
        return tables.store.locked(() -> tables.deleteComment(id));
    }
}
