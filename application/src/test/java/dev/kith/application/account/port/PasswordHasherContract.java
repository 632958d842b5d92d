package dev.kith.application.account.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.domain.account.Password;
import dev.kith.domain.account.PasswordHash;
import org.junit.jupiter.api.Test;

/** What every {@link PasswordHasher} does; extend it for each adapter. */
public abstract class PasswordHasherContract {

    protected abstract PasswordHasher hasher();

    @Test
    void verifies_the_right_password_and_only_that() {
        PasswordHash hash = hasher().hash(Password.of("password", "correct horse ünïcode 🐎"));

        assertThat(hasher().verify(Password.offered("correct horse ünïcode 🐎"), hash)).isTrue();
        assertThat(hasher().verify(Password.offered("correct horse ünïcode 🐴"), hash)).isFalse();
        assertThat(hasher().verify(Password.offered(""), hash)).isFalse();
    }

    @Test
    void salts_every_hash() {
        Password password = Password.of("password", "same password");

        assertThat(hasher().hash(password)).isNotEqualTo(hasher().hash(password));
    }

    @Test
    void a_fresh_hash_needs_no_rehash() {
        assertThat(hasher().needsRehash(hasher().hash(Password.of("password", "fresh password")))).isFalse();
    }

    @Test
    void a_malformed_hash_matches_nothing() {
        assertThat(hasher().verify(Password.offered("anything"), new PasswordHash("not a hash"))).isFalse();
        assertThat(hasher().verify(Password.offered("anything"), new PasswordHash(""))).isFalse();
    }
}
