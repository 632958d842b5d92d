package dev.kith.application.content;

import dev.kith.application.graph.VisibilityPolicy;
import dev.kith.application.group.GroupAccess;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.Post;
import java.util.Objects;

/**
 * Who may see a post, for every use case that shows one, acts on one, or tells someone of one (the
 * notification context asks here too): its author always; a post outside groups, whoever may see its
 * author's content (the graph's {@link VisibilityPolicy}); a post in a group, whoever may see the group's
 * posts ({@link GroupAccess}: anyone for a public group, members for a private one), unless a block stands
 * between them and the author. The author's own privacy does not narrow a group post: it was written for
 * the group. Thread-safe.
 */
public final class PostAudience {

    private final VisibilityPolicy visibility;
    private final GroupAccess groups;

    PostAudience(VisibilityPolicy visibility, GroupAccess groups) {
        this.visibility = Objects.requireNonNull(visibility, "visibility");
        this.groups = Objects.requireNonNull(groups, "groups");
    }

    /** Whether {@code viewer} may see {@code post} (and so like it, comment on it, be told of it). */
    public boolean sees(AccountId viewer, Post post) {
        if (post.author().equals(viewer)) {
            return true;
        }
        return post.group()
                .map(group -> groups.seesPosts(viewer, group) && visibility.visibleAccount(viewer, post.author()).isPresent())
                .orElseGet(() -> visibility.seesContent(viewer, post.author()));
    }
}
