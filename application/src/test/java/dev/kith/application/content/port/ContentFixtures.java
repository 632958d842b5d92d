package dev.kith.application.content.port;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static dev.kith.application.account.port.AccountFixtures.uuid;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.content.Comment;
import dev.kith.domain.content.CommentId;
import dev.kith.domain.content.LikeId;
import dev.kith.domain.content.Post;
import dev.kith.domain.content.PostId;
import dev.kith.domain.group.GroupId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Test data for the content ports: every id is fresh and greater than the ones made before it. */
public final class ContentFixtures {

    private ContentFixtures() {
    }

    /** A post outside groups, without media or mentions. */
    public static Post post(AccountId author) {
        return post(author, "a post");
    }

    /** A post outside groups with that text. */
    public static Post post(AccountId author, String text) {
        return new Post(new PostId(uuid()), author, text, List.of(), Optional.empty(), Set.of(), T0);
    }

    /** A post in {@code group} (see {@code SocialPortsContract.storedGroup}). */
    public static Post groupPost(AccountId author, GroupId group) {
        return new Post(new PostId(uuid()), author, "in a group", List.of(), Optional.of(group), Set.of(), T0);
    }

    /** A top-level comment on {@code post}. */
    public static Comment comment(PostId post, AccountId author) {
        return new Comment(new CommentId(uuid()), post, Optional.empty(), author, "a comment", Set.of(), T0);
    }

    /** A reply to {@code parent}. */
    public static Comment reply(Comment parent, AccountId author) {
        return new Comment(new CommentId(uuid()), parent.post(), Optional.of(parent.id()), author, "a reply", Set.of(), T0);
    }

    /** A fresh like id. */
    public static LikeId likeId() {
        return new LikeId(uuid());
    }
}
