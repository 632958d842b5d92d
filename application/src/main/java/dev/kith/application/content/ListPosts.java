package dev.kith.application.content;

import dev.kith.application.content.port.ContentQueries;
import dev.kith.application.content.port.PostView;
import dev.kith.application.graph.VisibilityPolicy;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.Page;
import dev.kith.application.shared.PageRequest;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.PostId;
import dev.kith.domain.graph.Audience;
import java.util.Objects;
import java.util.Optional;

/** Lists posts: the actor's home timeline, or one account's posts. */
public final class ListPosts {

    private final VisibilityPolicy visibility;
    private final ContentQueries queries;

    ListPosts(VisibilityPolicy visibility, ContentQueries queries) {
        this.visibility = visibility;
        this.queries = queries;
    }

    /**
     * One page of posts, newest first. The home timeline holds the actor's own posts and those of the
     * accounts it follows; an account's posts show to whoever may see its content (a private account's
     * only to itself and its accepted followers).
     *
     * @param actor a signed-in account
     * @param query the home timeline (no username) or whose posts, and the page
     * @throws dev.kith.domain.account.AccountErrors.AccountNotFound when the account's posts are not visible
     * @throws dev.kith.domain.shared.InvalidInput on {@code cursor} when the cursor is not one this list returned
     */
    public Page<PostView> execute(Actor actor, Query query) {
        AccountId me = actor.requireAccount();
        if (query.username().isEmpty()) {
            PageRequest.InList page = query.page().in("home", me);
            Optional<PostId> before = page.afterId().map(PostId::new);
            return page.pageOf(queries.homeTimeline(visibility.scope(me), before, page.fetchSize()), post -> post.id().value());
        }
        Audience author = visibility.content(me, query.username().get());
        PageRequest.InList page = query.page().in("posts", author.owner());
        Optional<PostId> before = page.afterId().map(PostId::new);
        return page.pageOf(queries.postsBy(author.owner(), visibility.scope(me), before, page.fetchSize()), post -> post.id().value());
    }

    /** Whose posts (empty for the home timeline), which page. */
    public record Query(Optional<String> username, PageRequest page) {
        public Query {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(page, "page");
        }

        /** The actor's home timeline. */
        public static Query home(PageRequest page) {
            return new Query(Optional.empty(), page);
        }

        /** The posts of the account with that username. */
        public static Query of(String username, PageRequest page) {
            return new Query(Optional.of(username), page);
        }
    }
}
