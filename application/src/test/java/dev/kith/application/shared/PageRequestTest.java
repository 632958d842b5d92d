package dev.kith.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.domain.shared.InvalidInput;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    private static final UUID ALICE = UUID.fromString("01900000-0000-7000-8000-00000000a11c");
    private static final UUID BOB = UUID.fromString("01900000-0000-7000-8000-000000000b0b");
    private static final UUID POST = UUID.fromString("01900000-0000-7000-8000-0000000000f1");
    private static final UUID LAST = UUID.fromString("01900000-0000-7000-8000-000000000123");

    /** The cursor of a full first page of two items of the list {@code kind} of {@code owner}, ending at {@code last}. */
    private static String cursorOf(String kind, Object owner, Object last) {
        PageRequest.InList list = new PageRequest(1, Optional.empty()).in(kind, owner);
        Page<String> page = list.page(List.of(new Keyed<>(last, "shown"), new Keyed<>(last, "next")));
        return page.nextCursor().orElseThrow();
    }

    private static PageRequest after(String cursor) {
        return new PageRequest(20, Optional.of(cursor));
    }

    private static void assertRefusedAsCursor(Runnable read) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.code()).isEqualTo("validation_failed");
            assertThat(e.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("cursor");
                assertThat(error.message()).isEqualTo("is not a cursor this list returned");
            });
        });
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_cursor_reads_back_in_the_list_that_returned_it() {
        assertThat(after(cursorOf("followers", ALICE, LAST)).in("followers", ALICE).afterId()).contains(LAST);
        assertThat(after(cursorOf("search", "ali", "alice_99")).in("search", "ali").afterText()).contains("alice_99");
        assertThat(after(cursorOf("blocks", ALICE, "bob")).in("blocks", ALICE).afterText()).contains("bob");
    }

    @Test
    void cursors_are_opaque_url_safe_text() {
        String cursor = cursorOf("comments", POST, LAST);

        assertThat(cursor).matches("[A-Za-z0-9_-]+").doesNotContain("01900000");
    }

    @Test
    void a_cursor_of_another_kind_of_list_is_refused_naming_cursor() {
        String followersOfAlice = cursorOf("followers", ALICE, LAST);

        assertRefusedAsCursor(() -> after(followersOfAlice).in("following", ALICE).afterId());
        assertRefusedAsCursor(() -> after(followersOfAlice).in("comments", POST).afterId());
        assertRefusedAsCursor(() -> after(followersOfAlice).in("search", "ali").afterText());
    }

    @Test
    void a_cursor_of_the_same_kind_of_list_with_another_owner_is_refused() {
        assertRefusedAsCursor(() -> after(cursorOf("followers", ALICE, LAST)).in("followers", BOB).afterId());
        assertRefusedAsCursor(() -> after(cursorOf("search", "ali", "alice")).in("search", "bo").afterText());
        assertRefusedAsCursor(() -> after(cursorOf("home", ALICE, LAST)).in("home", BOB).afterId());
    }

    @Test
    void a_cursor_keyed_by_id_is_not_read_as_text_nor_the_other_way() {
        assertRefusedAsCursor(() -> after(cursorOf("blocks", ALICE, LAST)).in("blocks", ALICE).afterText());
        assertRefusedAsCursor(() -> after(cursorOf("blocks", ALICE, "bob")).in("blocks", ALICE).afterId());
    }

    @Test
    void garbage_old_unbound_and_overlong_cursors_are_refused() {
        for (String cursor : List.of("garbage!", "abc", "%%%", "====", base64("u1:" + ALICE), base64("s1:alice"),
                base64("u2:followers:" + ALICE), base64("u2:followers.00000000:" + ALICE),
                base64("u2:followers." + "0".repeat(300)))) {
            assertRefusedAsCursor(() -> after(cursor).in("followers", ALICE).afterId());
        }
    }

    @Test
    void an_empty_cursor_is_the_first_page() {
        assertThat(after("").in("followers", ALICE).afterId()).isEmpty();
        assertThat(PageRequest.parse(null, null).in("search", "ali").afterText()).isEmpty();
    }

    @Test
    void a_page_fetches_one_more_row_than_it_shows_and_the_last_page_has_no_cursor() {
        PageRequest.InList list = new PageRequest(2, Optional.empty()).in("likes", POST);

        Page<String> last = list.page(List.of(new Keyed<>(ALICE, "a"), new Keyed<>(BOB, "b")));

        assertThat(list.fetchSize()).isEqualTo(3);
        assertThat(last.items()).containsExactly("a", "b");
        assertThat(last.nextCursor()).isEmpty();
    }

    @Test
    void a_list_kind_is_a_short_lower_case_word() {
        PageRequest page = PageRequest.first();

        assertThatThrownBy(() -> page.in("Followers", ALICE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> page.in("follow:ers", ALICE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> page.in("", ALICE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> page.in("x".repeat(21), ALICE)).isInstanceOf(IllegalArgumentException.class);
    }
}
