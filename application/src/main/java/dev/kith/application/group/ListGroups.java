package dev.kith.application.group;

import dev.kith.application.group.port.GroupQueries;
import dev.kith.application.group.port.GroupView;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.Page;
import dev.kith.application.shared.PageRequest;
import dev.kith.domain.shared.PlainText;
import java.util.Locale;
import java.util.Objects;

/** Finds groups by the start of their name, and lists the actor's own groups. */
public final class ListGroups {

    private final GroupQueries queries;

    ListGroups(GroupQueries queries) {
        this.queries = queries;
    }

    /**
     * Groups, public and private (anyone may find a private group's name and description), whose name starts
     * with {@code q} ignoring case, ordered by name; without {@code q}, every group by name.
     *
     * @throws dev.kith.domain.shared.InvalidInput when {@code q} is longer than 100 characters or has control
     *     characters, or the cursor is not one this search returned
     */
    public Page<GroupView> search(Actor actor, Query query) {
        String q = query.q() == null ? "" : query.q().strip();
        String prefix = PlainText.require("q", q, 0, 100, false).toLowerCase(Locale.ROOT);
        PageRequest.InList page = query.page().in("group_search", prefix);
        return page.page(queries.search(prefix, actor.requireAccount(), page.afterText(), page.fetchSize()));
    }

    /** The groups the actor is a member of, in the order it joined them. */
    public Page<GroupView> mine(Actor actor, PageRequest request) {
        var me = actor.requireAccount();
        PageRequest.InList page = request.in("my_groups", me);
        return page.page(queries.groupsOf(me, page.afterId(), page.fetchSize()));
    }

    /** The prefix (may be null) and the page. */
    public record Query(String q, PageRequest page) {
        public Query {
            Objects.requireNonNull(page, "page");
        }
    }
}
