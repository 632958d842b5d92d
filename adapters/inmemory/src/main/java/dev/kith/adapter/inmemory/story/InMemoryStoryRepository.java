package dev.kith.adapter.inmemory.story;

import dev.kith.application.story.port.StoryRepository;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.story.Story;
import dev.kith.domain.story.StoryErrors;
import dev.kith.domain.story.StoryId;
import dev.kith.domain.story.StoryViewId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Stories and their views in the in-memory store; the store's one lock makes every call atomic. */
public final class InMemoryStoryRepository implements StoryRepository {

    private final StoryTables tables;

    public InMemoryStoryRepository(StoryTables tables) {
        this.tables = tables;
    }

    @Override
    public void add(Story story) {
        tables.social.store.locked(() -> {
            tables.social.requireWriter(story.author());
            tables.stories.put(story.id(), story);
            return null;
        });
    }

    @Override
    public Optional<Story> find(StoryId id) {
        return tables.social.store.locked(() -> tables.stories.get(id));
    }

    @Override
    public int countActiveForUpdate(AccountId author, Instant now) {
        // the transaction holds the store's lock: nothing else runs until it ends
        return tables.social.store.locked(() -> (int) tables.stories.values()
                .filter(story -> story.author().equals(author) && story.isActiveAt(now))
                .count());
    }

    @Override
    public boolean recordView(StoryViewId id, StoryId story, AccountId viewer, Instant at) {
        return tables.social.store.locked(() -> {
            tables.social.requireWriter(viewer);
            if (!tables.stories.containsKey(story)) {
                throw new StoryErrors.StoryNotFound();  // deleted a moment ago, as the foreign key would say
            }
            StoryTables.ViewKey key = new StoryTables.ViewKey(story, viewer);
            if (tables.views.containsKey(key)) {
                return false;
            }
            tables.views.put(key, new StoryTables.View(id, at));
            return true;
        });
    }

    @Override
    public boolean delete(StoryId id) {
        return tables.social.store.locked(() -> {
            boolean present = tables.stories.containsKey(id);
            tables.deleteStory(id);
            return present;
        });
    }

    @Override
    public List<Story> eraseAllOf(AccountId account) {
        return tables.social.store.locked(() -> {
            List<Story> own = tables.stories.values().filter(story -> story.author().equals(account)).toList();
            own.forEach(story -> tables.deleteStory(story.id()));
            tables.views.entries().removeIf(e -> e.getKey().viewer().equals(account));
            return own;
        });
    }

    @Override
    public List<Story> deleteExpired(Instant now, int limit) {
        return tables.social.store.locked(() -> {
            List<Story> expired = tables.stories.values()
                    .filter(story -> !story.isActiveAt(now))
                    .sorted(Comparator.comparing(Story::expiresAt))
                    .limit(limit)
                    .toList();
            expired.forEach(story -> tables.deleteStory(story.id()));
            return expired;
        });
    }
}
