package dev.kith.application.story;

import dev.kith.application.media.Attachments;
import dev.kith.application.shared.EventListener;
import dev.kith.application.story.port.StoryRepository;
import dev.kith.domain.account.AccountEvent;
import dev.kith.domain.shared.DomainEvent;
import dev.kith.domain.story.Story;

/** Deletes an erased account's stories (with their views and media) and its views of others' stories, in the erasure's transaction. */
final class AccountStoriesErasure implements EventListener {

    private final StoryRepository stories;
    private final Attachments media;

    AccountStoriesErasure(StoryRepository stories, Attachments media) {
        this.stories = stories;
        this.media = media;
    }

    @Override
    public void on(DomainEvent event) {
        if (event instanceof AccountEvent.AccountErased erased) {
            media.release(stories.eraseAllOf(erased.account()).stream().map(Story::media).toList(), erased.at());
        }
    }
}
