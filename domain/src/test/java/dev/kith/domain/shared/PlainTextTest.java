package dev.kith.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void counts_characters_as_users_do() {
        assertThat(PlainText.require("bio", "🌍".repeat(5), 0, 5, false)).isEqualTo("🌍".repeat(5));
        assertThatThrownBy(() -> PlainText.require("bio", "🌍".repeat(6), 0, 5, false)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void normalizes_to_nfc() {
        assertThat(PlainText.require("name", "e\u0301", 0, 1, false)).isEqualTo("é");
    }

    @Test
    void refuses_control_characters_and_lone_surrogates_but_allows_line_breaks_where_multiline() {
        assertThatThrownBy(() -> PlainText.require("name", "a\u0000b", 0, 10, true)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> PlainText.require("name", "a\u001bb", 0, 10, true)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> PlainText.require("name", "a\ud800b", 0, 10, true)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> PlainText.require("name", "a\nb", 0, 10, false)).isInstanceOf(InvalidInput.class);
        assertThat(PlainText.require("bio", "a\nb\tc", 0, 10, true)).isEqualTo("a\nb\tc");
    }

    @Test
    void validation_reports_every_failed_field() {
        Validation validation = new Validation();
        validation.check(() -> PlainText.require("first", null, 1, 10, false));
        validation.check(() -> PlainText.require("second", "", 1, 10, false));
        assertThat(validation.check(() -> PlainText.require("third", "fine", 1, 10, false))).isEqualTo("fine");

        assertThatThrownBy(validation::throwIfInvalid).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("first", "second"));
    }
}
