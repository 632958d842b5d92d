package dev.kith.application.content.port;

import dev.kith.application.graph.ViewerScope;
import dev.kith.application.account.port.AccountSummary;
import dev.kith.application.shared.Keyed;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.CommentId;
import dev.kith.domain.content.PostId;
import dev.kith.domain.group.GroupId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The read side of posts, comments and likes. Every method is a fixed number of queries, whatever the
 * page size and however many authors a page spans (no N+1). Visibility between the viewer and a list's
 * owner is decided by the use case before calling; as a second line of defence every list leaves out
 * posts, comments and likers of accounts that block the viewer or that it blocks, as the lists'
 * {@link ViewerScope} (made by the visibility policy, never null) asks. Thread-safe.
 */
public interface ContentQueries {

    /** The post as {@code viewer} sees it (author, counts, likedByMe); empty when it does not exist. */
    Optional<PostView> post(PostId id, AccountId viewer);

    /**
     * The posts with these ids that exist, as {@code viewer} sees them (whether it likes them), in no
     * particular order; visibility is the caller's to decide. A bounded number of statements, whatever the
     * number of ids.
     */
    List<PostView> posts(java.util.Collection<PostId> ids, AccountId viewer);

    /**
     * The viewer's home timeline, newest first: its own posts and those of accounts it follows (accepted),
     * outside groups, and the posts in the groups it is a member of (whoever wrote them).
     *
     * @param before the post id the page starts before (exclusive), empty for the newest
     */
    List<PostView> homeTimeline(ViewerScope scope, Optional<PostId> before, int limit);

    /**
     * The posts in {@code group}, newest first, leaving out authors blocked either way with the scope's
     * viewer; whether the viewer may read the group's posts is the use case's to decide. One index range.
     *
     * @param before the post id the page starts before (exclusive), empty for the newest
     */
    List<PostView> groupPosts(GroupId group, ViewerScope scope, Optional<PostId> before, int limit);

    /** The posts of {@code author} outside groups, newest first. */
    List<PostView> postsBy(AccountId author, ViewerScope scope, Optional<PostId> before, int limit);

    /** The comments of a post, oldest first, replies among them, leaving out blocked authors. */
    List<CommentView> comments(PostId post, ViewerScope scope, Optional<CommentId> after, int limit);

    /** The accounts that like a post, newest like first, keyed by like id, leaving out blocked accounts. */
    List<Keyed<UUID, AccountSummary>> likers(PostId post, ViewerScope scope, Optional<UUID> after, int limit);

    /** The post's like count and whether {@code viewer} likes it. */
    LikeSummary likes(PostId post, AccountId viewer);
}
