package dev.kith.application.content;

import dev.kith.application.content.port.PostRepository;
import dev.kith.application.media.Attachments;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.EventListener;
import dev.kith.domain.content.ContentEvent;
import dev.kith.domain.content.Post;
import dev.kith.domain.group.GroupEvent;
import dev.kith.domain.shared.DomainEvent;
import dev.kith.domain.shared.MediaId;
import java.util.List;

/**
 * Deletes a deleted group's posts, in the group's deletion transaction: with their comments, likes and
 * media (files through the outbox), each recorded as deleted so that timelines and notifications follow.
 */
final class GroupPostsCleanup implements EventListener {

    private final PostRepository posts;
    private final Attachments media;
    private final DomainEvents events;

    GroupPostsCleanup(PostRepository posts, Attachments media, DomainEvents events) {
        this.posts = posts;
        this.media = media;
        this.events = events;
    }

    @Override
    public void on(DomainEvent event) {
        if (event instanceof GroupEvent.GroupDeleted deleted) {
            List<Post> gone = posts.deleteInGroup(deleted.group());
            List<MediaId> files = gone.stream().flatMap(post -> post.media().stream()).toList();
            media.release(files, deleted.at());
            for (Post post : gone) {
                events.record(new ContentEvent.PostDeleted(post.id(), post.author(), post.group(), deleted.at()));
            }
        }
    }
}
