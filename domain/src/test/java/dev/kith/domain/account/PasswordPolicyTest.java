package dev.kith.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final Username USERNAME = new Username("Alice_Wonder");
    private static final EmailAddress EMAIL = new EmailAddress("Wonder.Land@Example.com");

    @ParameterizedTest
    @ValueSource(strings = {"password", "12345678", "qwertyuiop", "PassWord", "QWERTYUIOP", "iloveyou", "trustno1",
            "Password1", "1qaz2wsx"})
    void refuses_the_most_common_passwords_in_any_case(String common) {
        assertThatThrownBy(() -> Password.of("newPassword", common)).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.code()).isEqualTo("validation_failed");
            assertThat(e.errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("newPassword");
                assertThat(error.message()).contains("most common passwords");
            });
        });
    }

    @Test
    void the_list_of_common_passwords_holds_at_least_10000() {
        assertThat(PasswordPolicy.commonCount()).isGreaterThanOrEqualTo(10_000);
        assertThat(PasswordPolicy.isCommon("password")).isTrue();
        assertThat(PasswordPolicy.isCommon("# The 10,000 most common passwords")).as("comments are not entries").isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice_wonder", "ALICE_WONDER", "wonder.land@example.com", "Wonder.Land@Example.com",
            "wonder.land", "WONDER.LAND"})
    void refuses_the_username_the_email_address_or_its_local_part_in_any_case(String personal) {
        Password password = Password.of("password", personal);

        assertThatThrownBy(() -> PasswordPolicy.requireUnlike("password", password, USERNAME, EMAIL))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.code()).isEqualTo("validation_failed");
                    assertThat(e.errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("password");
                        assertThat(error.message()).isEqualTo("must not be your username or email address");
                    });
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "alice_wonder's garden", "k7#qv9!z"})
    void accepts_a_password_that_is_neither_common_nor_personal(String strong) {
        Password password = Password.of("password", strong);

        assertThat(PasswordPolicy.requireUnlike("password", password, USERNAME, EMAIL)).isSameAs(password);
    }
}
