package dev.kith.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.domain.shared.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AccountValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "Alice_99", "x23456789012345678901234567890"})
    void accepts_usernames_of_letters_digits_and_underscores(String name) {
        assertThat(new Username(name).value()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ab", "x234567890123456789012345678901", "al ice", "álice", "al-ice", "a\u0000bc", "abc\n"})
    void refuses_other_usernames(String name) {
        assertThatThrownBy(() -> new Username(name)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).singleElement().satisfies(error -> assertThat(error.field()).isEqualTo("username")));
    }

    @Test
    void usernames_compare_without_case() {
        assertThat(new Username("Alice").canonical()).isEqualTo(new Username("aLICE").canonical());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b.co", "first.last+tag@sub.example.org", " padded@example.com "})
    void accepts_everyday_email_addresses(String email) {
        assertThat(new EmailAddress(email).value()).isEqualTo(email.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "@example.com", "a@", "a@b", "a@-b.com", "a b@example.com", "a@exa\u0000mple.com"})
    void refuses_malformed_email_addresses(String email) {
        assertThatThrownBy(() -> new EmailAddress(email)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void refuses_email_addresses_over_254_characters() {
        String local = "a".repeat(64);
        String domain = ("b".repeat(60) + ".").repeat(4) + "com";
        assertThatThrownBy(() -> new EmailAddress(local + "@" + domain)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void passwords_are_8_to_256_characters_counted_as_code_points() {
        assertThat(Password.of("password", "k7#qv9!z").reveal()).isEqualTo("k7#qv9!z");
        assertThat(Password.of("password", "🔑".repeat(8)).reveal()).hasSize(16);
        assertThat(Password.of("password", "x".repeat(256))).isNotNull();
        assertThatThrownBy(() -> Password.of("password", "1234567")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Password.of("password", "x".repeat(257))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Password.of("password", "1234\u00005678")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> Password.of("password", null)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void passwords_typed_in_either_unicode_form_are_the_same() {
        assertThat(Password.of("password", "cafe\u0301 au lait").reveal()).isEqualTo(Password.of("password", "café au lait").reveal());
    }

    @Test
    void a_password_never_shows_in_logs() {
        assertThat(Password.of("password", "secret password")).hasToString("Password[***]");
        assertThat(Secret.generated("a".repeat(43))).hasToString("Secret[***]");
    }

    @Test
    void a_secret_is_stored_as_a_stable_sha256() {
        Secret secret = Secret.generated("abcdefghijklmnopqrstuvwxyz0123456789_-ABCDE");
        assertThat(secret.hash().hex()).hasSize(64).isEqualTo(Secret.presented("token", secret.reveal()).hash().hex());
        assertThat(secret.hash().matches(Secret.generated("other_secret_value_123456").hash())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "has space in it 12345", "has/slash/in/it/1234567", "\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000"})
    void a_presented_secret_must_look_like_one(String value) {
        assertThatThrownBy(() -> Secret.presented("token", value)).isInstanceOf(InvalidInput.class);
    }
}
