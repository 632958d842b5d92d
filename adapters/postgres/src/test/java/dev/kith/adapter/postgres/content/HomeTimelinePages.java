package dev.kith.adapter.postgres.content;

import dev.kith.application.content.port.ContentQueries;
import dev.kith.application.content.port.PostView;
import dev.kith.application.graph.Scopes;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.PostId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a whole home timeline page by page, as a client scrolls it. */
final class HomeTimelinePages {

    private HomeTimelinePages() {
    }

    /** Every post of the viewer's home timeline, newest first, read in pages of {@code limit}. */
    static List<PostId> all(ContentQueries content, AccountId viewer, int limit) {
        List<PostId> ids = new ArrayList<>();
        Optional<PostId> before = Optional.empty();
        for (int page = 0; page < 100; page++) {
            List<PostView> views = content.homeTimeline(Scopes.of(viewer), before, limit);
            views.forEach(view -> ids.add(view.id()));
            if (views.size() < limit) {
                return ids;
            }
            before = Optional.of(views.get(views.size() - 1).id());
        }
        throw new AssertionError("more than 100 pages");
    }
}
