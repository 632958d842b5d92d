package dev.kith.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kith.application.content.port.PostView;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.graph.Audience;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Runs each benchmark method once, outside JMH, and checks its answer, so CI proves the benchmarks measure
 * the production code doing the real thing (and not, say, a token that fails to verify).
 */
class BenchmarksSmokeTest {

    @Test
    void the_timeline_benchmarks_write_the_page_of_20_posts_as_the_api_shows_it() throws IOException {
        TimelinePageBenchmark bench = new TimelinePageBenchmark();
        bench.setUp();

        byte[] rendered = bench.renderAndWrite();
        assertThat(bench.writeOnly()).isEqualTo(rendered);

        JsonNode page = new ObjectMapper().readTree(rendered);
        assertThat(fieldNames(page)).containsExactly("items", "nextCursor");
        assertThat(page.get("nextCursor").asText()).isEqualTo(TimelinePageBenchmark.NEXT_CURSOR);
        assertThat(page.get("items")).hasSize(20);
        List<PostView> posts = bench.page.items();
        assertThat(posts).filteredOn(post -> post.text().chars().anyMatch(c -> c > 0xFF)).hasSize(1);
        for (int i = 0; i < 20; i++) {
            JsonNode item = page.get("items").get(i);
            PostView post = posts.get(i);
            assertThat(fieldNames(item)).containsExactly("id", "author", "text", "media", "groupId", "likesCount",
                    "commentsCount", "likedByMe", "createdAt");
            assertThat(item.get("id").asText()).isEqualTo(post.id().toString());
            assertThat(item.get("text").asText()).isEqualTo(post.text()).hasSizeBetween(140, 160);
            assertThat(item.get("author").get("username").asText()).isEqualTo(post.author().username());
            assertThat(fieldNames(item.get("author"))).containsExactly("id", "username", "displayName", "avatarUrl");
            assertThat(item.get("likesCount").asLong()).isEqualTo(post.likesCount());
            assertThat(item.get("likedByMe").asBoolean()).isEqualTo(post.likedByMe());
            assertThat(item.get("media").isArray()).isTrue();
            assertThat(item.get("groupId").isNull()).isTrue();
            // the API's whole-second ISO-8601 UTC timestamps, as Json.mapper writes them
            assertThat(item.get("createdAt").asText()).matches("2026-11-23T1\\d:\\d\\d:\\d\\dZ");
        }
    }

    @Test
    void the_token_benchmark_verifies_a_real_token_to_its_account() {
        AccessTokenBenchmark bench = new AccessTokenBenchmark();
        bench.setUp();

        assertThat(bench.token).startsWith("eyJ").contains(".");
        assertThat(bench.verify()).hasValueSatisfying(claims -> assertThat(claims.account()).isEqualTo(AccessTokenBenchmark.ACCOUNT));
        assertThat(bench.verify()).hasValueSatisfying(claims -> assertThat(claims.account()).isEqualTo(AccessTokenBenchmark.ACCOUNT));
    }

    @Test
    void the_visibility_benchmarks_answer_as_the_policy_should_for_each_case() {
        VisibilityBenchmark bench = new VisibilityBenchmark();
        bench.setUp();

        Optional<Audience> publicAuthor = bench.publicAuthor();
        assertThat(publicAuthor).hasValueSatisfying(audience -> {
            assertThat(audience.owner()).isEqualTo(bench.publicAuthor);
            assertThat(audience.ownerPrivate()).isFalse();
            assertThat(audience.relationship().following()).isFalse();
            assertThat(audience.seesContent()).isTrue();
        });
        assertThat(bench.privateAuthorFollowed()).hasValueSatisfying(audience -> {
            assertThat(audience.owner()).isEqualTo(bench.privateAuthor);
            assertThat(audience.ownerPrivate()).isTrue();
            assertThat(audience.relationship().following()).isTrue();
            assertThat(audience.seesContent()).isTrue();
        });
        assertThat(bench.blockedByAuthor()).isEmpty();
        // the block, not a missing account or the wrong rule, hides it: an unblocked reader sees the same author
        assertThat(bench.policy.content(bench.publicAuthor, bench.blocker).seesContent()).isTrue();
        assertThatThrownBy(() -> bench.policy.content(bench.publicAuthor, bench.privateAuthor))
                .isInstanceOf(AccountErrors.AccountNotFound.class);
        assertThat(bench.rulesOnly()).isEqualTo(2);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
