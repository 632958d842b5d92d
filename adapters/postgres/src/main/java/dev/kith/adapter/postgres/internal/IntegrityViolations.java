package dev.kith.adapter.postgres.internal;

import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.content.ContentErrors;
import dev.kith.domain.group.GroupErrors;
import dev.kith.domain.story.StoryErrors;
import dev.kith.domain.shared.Conflict;
import dev.kith.domain.shared.DomainException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * What a foreign-key violation means to the caller. A use case checks that what it refers to exists, but
 * a concurrent transaction can delete it before the insert (a post deleted a moment before a like, an
 * account erased while it writes); the database then refuses the row, and the caller gets the 401, 404 or
 * 409 that the race means instead of a server error. Not API.
 */
final class IntegrityViolations {

    private static final String FOREIGN_KEY_VIOLATION = "23503";

    /** The writer's own account is gone: it was erased while the request ran. */
    private static final Supplier<DomainException> WRITER_GONE =
            () -> new AccountErrors.InvalidAccessToken("The account no longer exists.");
    private static final Supplier<DomainException> ACCOUNT_GONE = AccountErrors.AccountNotFound::new;
    private static final Supplier<DomainException> POST_GONE = ContentErrors.PostNotFound::new;
    private static final Supplier<DomainException> COMMENT_GONE = ContentErrors.CommentNotFound::new;
    private static final Supplier<DomainException> MENTIONED_GONE = () -> new Conflict("conflict",
            "An account mentioned in the text was deleted a moment ago; send it again.");

    // PostgreSQL's default names: <table>_<columns>_fkey
    private static final Map<String, Supplier<DomainException>> BY_CONSTRAINT = Map.ofEntries(
            Map.entry("posts_author_id_fkey", WRITER_GONE),
            Map.entry("comments_author_id_fkey", WRITER_GONE),
            Map.entry("likes_account_id_fkey", WRITER_GONE),
            Map.entry("exports_account_id_fkey", WRITER_GONE),
            Map.entry("follows_follower_id_fkey", WRITER_GONE),
            Map.entry("blocks_blocker_id_fkey", WRITER_GONE),
            Map.entry("login_sessions_account_id_fkey", WRITER_GONE),
            Map.entry("one_time_tokens_account_id_fkey", ACCOUNT_GONE),
            Map.entry("refresh_tokens_session_id_account_id_fkey", WRITER_GONE),
            Map.entry("follows_followee_id_fkey", ACCOUNT_GONE),
            Map.entry("blocks_blocked_id_fkey", ACCOUNT_GONE),
            Map.entry("likes_post_id_fkey", POST_GONE),
            Map.entry("comments_post_id_fkey", POST_GONE),
            Map.entry("post_mentions_post_id_fkey", POST_GONE),
            Map.entry("comments_post_id_parent_id_fkey", COMMENT_GONE),
            Map.entry("comment_mentions_comment_id_fkey", COMMENT_GONE),
            Map.entry("post_mentions_account_id_fkey", MENTIONED_GONE),
            Map.entry("comment_mentions_account_id_fkey", MENTIONED_GONE),
            Map.entry("stories_author_id_fkey", WRITER_GONE),
            Map.entry("story_views_viewer_id_fkey", WRITER_GONE),
            Map.entry("story_views_story_id_fkey", StoryErrors.StoryNotFound::new),
            Map.entry("posts_group_id_fkey", GroupErrors.GroupNotFound::new),
            Map.entry("group_members_group_id_fkey", GroupErrors.GroupNotFound::new),
            Map.entry("group_join_requests_group_id_fkey", GroupErrors.GroupNotFound::new),
            Map.entry("group_bans_group_id_fkey", GroupErrors.GroupNotFound::new),
            Map.entry("group_moderation_log_group_id_fkey", GroupErrors.GroupNotFound::new),
            Map.entry("group_members_account_id_fkey", ACCOUNT_GONE),
            Map.entry("group_join_requests_account_id_fkey", WRITER_GONE),
            Map.entry("group_bans_account_id_fkey", ACCOUNT_GONE));

    private IntegrityViolations() {
    }

    /** The domain error a foreign-key violation somewhere in {@code e}'s causes means, if there is one. */
    static Optional<DomainException> meaningOf(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql && FOREIGN_KEY_VIOLATION.equals(psql.getSQLState())) {
                ServerErrorMessage message = psql.getServerErrorMessage();
                String constraint = message == null ? null : message.getConstraint();
                Supplier<DomainException> meaning = constraint == null ? null : BY_CONSTRAINT.get(constraint);
                return Optional.of(meaning != null ? meaning.get() : new Conflict("conflict",
                        "Something this change refers to was deleted a moment ago."));
            }
        }
        return Optional.empty();
    }
}
