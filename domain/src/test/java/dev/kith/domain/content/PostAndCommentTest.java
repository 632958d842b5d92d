package dev.kith.domain.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.shared.InvalidInput;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PostAndCommentTest {

    private static final AccountId AUTHOR = new AccountId(UUID.fromString("00000000-0000-7000-8000-000000000001"));
    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void a_post_needs_text_or_media_and_keeps_its_text_stripped() {
        assertThat(Post.validText("  hello  ", false)).isEqualTo("hello");
        assertThat(Post.validText("", true)).isEmpty();
        assertThatThrownBy(() -> Post.validText("   ", false)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Post.validText(null, false)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_post_is_at_most_5000_code_points() {
        assertThat(Post.validText("🌍".repeat(Post.TEXT_MAX), false)).hasSize(2 * Post.TEXT_MAX);
        assertThatThrownBy(() -> Post.validText("a".repeat(Post.TEXT_MAX + 1), false)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void a_post_holds_copies_of_what_it_is_given() {
        Set<AccountId> mentions = new HashSet<>(Set.of(AUTHOR));
        Post post = new Post(new PostId(UUID.randomUUID()), AUTHOR, "hi", List.of(), Optional.empty(), mentions, NOW);
        mentions.clear();

        assertThat(post.mentions()).containsExactly(AUTHOR);
    }

    @Test
    void a_comment_needs_text_of_at_most_2000_code_points() {
        assertThat(Comment.validText(" nice ")).isEqualTo("nice");
        assertThatThrownBy(() -> Comment.validText("  ")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Comment.validText("a".repeat(Comment.TEXT_MAX + 1))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void only_a_top_level_comment_takes_replies() {
        PostId post = new PostId(UUID.randomUUID());
        Comment top = new Comment(new CommentId(UUID.randomUUID()), post, Optional.empty(), AUTHOR, "top", Set.of(), NOW);
        Comment reply = new Comment(new CommentId(UUID.randomUUID()), post, Optional.of(top.id()), AUTHOR, "re", Set.of(), NOW);

        assertThat(top.acceptsReplies()).isTrue();
        assertThat(reply.acceptsReplies()).isFalse();
    }
}
