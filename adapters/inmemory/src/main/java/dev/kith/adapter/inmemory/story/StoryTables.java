package dev.kith.adapter.inmemory.story;

import dev.kith.adapter.inmemory.shared.SocialTables;
import dev.kith.adapter.inmemory.shared.Table;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.story.Story;
import dev.kith.domain.story.StoryId;
import dev.kith.domain.story.StoryViewId;
import java.time.Instant;

/**
 * The tables of stories and their views, in the store of the social tables (whose accounts, follows, blocks
 * and media they refer to). Erasing an account removes its stories and its views, as the database's foreign
 * keys do.
 */
public final class StoryTables {

    final SocialTables social;
    final Table<StoryId, Story> stories;
    final Table<ViewKey, View> views;

    public StoryTables(SocialTables social) {
        this.social = social;
        this.stories = social.store.table();
        this.views = social.store.table();
        social.store.onErase(owner -> {
            stories.removeIf(story -> story.author().equals(owner));
            views.entries().removeIf(e -> e.getKey().viewer().equals(owner) || !stories.containsKey(e.getKey().story()));
        });
    }

    /** Every stored story, expired ones too (the export reads them). */
    public Table<StoryId, Story> stories() {
        return stories;
    }

    /** One account's view of one story. */
    record ViewKey(StoryId story, AccountId viewer) {
    }

    /** A view: its time-ordered id and when it happened. */
    record View(StoryViewId id, Instant at) {
    }

    void deleteStory(StoryId id) {
        stories.remove(id);
        views.entries().removeIf(e -> e.getKey().story().equals(id));
    }
}
