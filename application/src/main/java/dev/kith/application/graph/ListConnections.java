package dev.kith.application.graph;

import dev.kith.application.account.port.AccountSummary;
import dev.kith.application.graph.port.GraphQueries;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.Page;
import dev.kith.application.shared.PageRequest;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.graph.Audience;
import java.util.Objects;

/** Lists an account's followers, the accounts it follows, or the actor's pending follow requests or blocks. */
public final class ListConnections {

    private final VisibilityPolicy visibility;
    private final GraphQueries graph;

    ListConnections(VisibilityPolicy visibility, GraphQueries graph) {
        this.visibility = visibility;
        this.graph = graph;
    }

    /**
     * One page of the list, newest first. Followers and following of a private account show only to itself
     * and its accepted followers; accounts blocked either way with the actor are left out.
     *
     * @param actor a signed-in account
     * @param query which list of whom, and which page; requests are always the actor's own
     * @throws dev.kith.domain.account.AccountErrors.AccountNotFound when the list's owner is not visible
     * @throws dev.kith.domain.shared.InvalidInput on {@code cursor} when the cursor is not one this list returned
     */
    public Page<AccountSummary> execute(Actor actor, Query query) {
        AccountId me = actor.requireAccount();
        return switch (query.list()) {
            case REQUESTS -> {
                PageRequest.InList page = query.page().in("follow_requests", me);
                yield page.page(graph.pendingRequests(me, page.afterId(), page.fetchSize()));
            }
            case BLOCKED -> {
                PageRequest.InList page = query.page().in("blocks", me);
                yield page.page(graph.blocked(me, page.afterText(), page.fetchSize()));
            }
            case FOLLOWERS -> {
                Audience owner = visibility.content(me, query.username());
                PageRequest.InList page = query.page().in("followers", owner.owner());
                yield page.page(graph.followers(owner.owner(), visibility.scope(me), page.afterId(), page.fetchSize()));
            }
            case FOLLOWING -> {
                Audience owner = visibility.content(me, query.username());
                PageRequest.InList page = query.page().in("following", owner.owner());
                yield page.page(graph.following(owner.owner(), visibility.scope(me), page.afterId(), page.fetchSize()));
            }
        };
    }

    /** The lists there are. */
    public enum Connections { FOLLOWERS, FOLLOWING, REQUESTS, BLOCKED }

    /** Which list of whom; {@code username} is ignored for the actor's own {@link Connections#REQUESTS} and {@link Connections#BLOCKED}. */
    public record Query(Connections list, String username, PageRequest page) {
        public Query {
            Objects.requireNonNull(list, "list");
            Objects.requireNonNull(page, "page");
        }
    }
}
