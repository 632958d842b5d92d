package dev.kith.domain.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void finds_distinct_mentions_lower_cased_in_order_of_first_mention() {
        assertThat(Mentions.in("hi @Bob and @alice, and @bob again")).containsExactly("bob", "alice");
    }

    @Test
    void an_address_or_a_word_glued_to_the_at_sign_mentions_nobody() {
        assertThat(Mentions.in("write to alice@example.com or x@bob")).isEmpty();
        assertThat(Mentions.in("(@carol) and @dave!")).containsExactly("carol", "dave");
    }

    @Test
    void a_name_must_be_3_to_30_username_characters() {
        assertThat(Mentions.in("@ab @abc @" + "a".repeat(30) + " @" + "a".repeat(31))).containsExactly("abc", "a".repeat(30));
    }

    @Test
    void keeps_at_most_20_mentions() {
        String text = IntStream.range(0, 30).mapToObj(i -> "@user" + i).collect(Collectors.joining(" "));

        assertThat(Mentions.in(text)).hasSize(20).startsWith("user0", "user1");
    }
}
