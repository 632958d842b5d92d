package dev.kith.adapter.inmemory.story;

import dev.kith.adapter.inmemory.shared.SocialTables;
import dev.kith.application.account.port.AccountSummary;
import dev.kith.application.graph.ViewerScope;
import dev.kith.application.shared.Keyed;
import dev.kith.application.story.port.StoryQueries;
import dev.kith.application.story.port.StoryView;
import dev.kith.application.story.port.StoryViewer;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.story.Story;
import dev.kith.domain.story.StoryId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The story read side over the in-memory store; scans, which is fine for tests and demos. The follow and
 * block rules are the social tables' ({@link SocialTables#following}, {@link SocialTables#blockedEitherWay}).
 */
public final class InMemoryStoryQueries implements StoryQueries {

    private final StoryTables tables;

    public InMemoryStoryQueries(StoryTables tables) {
        this.tables = tables;
    }

    @Override
    public Optional<StoryView> story(StoryId id, AccountId viewer) {
        return tables.social.store.locked(() -> tables.stories.get(id).flatMap(story -> view(story, viewer)));
    }

    @Override
    public List<StoryView> feed(ViewerScope scope, Instant now) {
        SocialTables social = tables.social;
        AccountId viewer = social.viewerOf(scope);
        return social.store.locked(() -> tables.stories.values()
                .filter(story -> story.isActiveAt(now))
                .filter(story -> story.author().equals(viewer) || social.following(viewer, story.author()))
                .filter(story -> !social.blockedEitherWay(viewer, story.author()))
                .sorted(Comparator.comparing((Story story) -> story.author().value().toString())
                        .thenComparing(story -> story.id().value(), SocialTables.UUID_ORDER))
                .flatMap(story -> view(story, viewer).stream())
                .toList());
    }

    @Override
    public List<Keyed<UUID, StoryViewer>> viewers(StoryId story, ViewerScope scope, Optional<UUID> after, int limit) {
        SocialTables social = tables.social;
        AccountId viewer = social.viewerOf(scope);
        return social.store.locked(() -> tables.views.entries().stream()
                .filter(e -> e.getKey().story().equals(story))
                .filter(e -> !social.blockedEitherWay(viewer, e.getKey().viewer()))
                .filter(e -> after.map(a -> SocialTables.UUID_ORDER.compare(e.getValue().id().value(), a) < 0).orElse(true))
                .sorted((a, b) -> SocialTables.UUID_ORDER.compare(b.getValue().id().value(), a.getValue().id().value()))
                .limit(limit)
                .map(e -> new Keyed<>(e.getValue().id().value(),
                        new StoryViewer(social.summary(e.getKey().viewer()).orElseThrow(), e.getValue().at())))
                .toList());
    }

    // a story whose media row is gone (never, while the story exists) is left out rather than shown broken
    private Optional<StoryView> view(Story story, AccountId viewer) {
        AccountSummary author = tables.social.summary(story.author()).orElseThrow();
        boolean seen = story.author().equals(viewer)
                || tables.views.containsKey(new StoryTables.ViewKey(story.id(), viewer));
        return tables.social.media.get(story.media()).map(media -> new StoryView(story.id(), author, media,
                story.caption(), story.createdAt(), story.expiresAt(), seen));
    }
}
