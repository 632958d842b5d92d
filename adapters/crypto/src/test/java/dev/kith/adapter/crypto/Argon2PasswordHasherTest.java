package dev.kith.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.application.account.port.PasswordHasher;
import dev.kith.application.account.port.PasswordHasherContract;
import dev.kith.domain.account.Password;
import dev.kith.domain.account.PasswordHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Argon2PasswordHasherTest extends PasswordHasherContract {

    private static final Argon2PasswordHasher OWASP = new Argon2PasswordHasher(Argon2Parameters.OWASP);

    @Override
    protected PasswordHasher hasher() {
        return OWASP;
    }

    @Test
    void writes_phc_strings_with_the_owasp_parameters() {
        String encoded = OWASP.hash(Password.of("password", "correct horse")).encoded();

        assertThat(encoded).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    }

    // Made with the reference implementation (Debian's argon2 CLI), e.g.
    // echo -n "password" | argon2 somesalt -id -t 2 -m 12 -p 1 -l 32 -e
    @ParameterizedTest
    @ValueSource(strings = {
            "password|$argon2id$v=19$m=4096,t=2,p=1$c29tZXNhbHQ$jacJHQ+PoBstB/ZoVNk8re3s1yzVABZujceGiwVNJnk",
            "password|$argon2i$v=19$m=4096,t=2,p=2$c29tZXNhbHQ$WzwLpDxhI4dF2tLBDbL1l1v1mYC66OWCWmplOcX1AAU",
            "correct horse ünïcode 🐎|$argon2id$v=19$m=16384,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$I73iadmxcQIB4cbQtBCeg0ER+keTqgPnZZCeXaYuo5U",
    })
    void verifies_hashes_made_by_the_reference_implementation_and_asks_to_rehash_weaker_ones(String vector) {
        String[] parts = vector.split("\\|");
        PasswordHash hash = new PasswordHash(parts[1]);

        assertThat(OWASP.verify(Password.offered(parts[0]), hash)).isTrue();
        assertThat(OWASP.verify(Password.offered(parts[0] + "!"), hash)).isFalse();
        assertThat(OWASP.needsRehash(hash)).isTrue();
    }

    @Test
    void computes_the_same_hash_as_the_reference_implementation_with_the_owasp_parameters() {
        PasswordHash reference = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA"
                + "$+X9Y54olS88BJns9feg7LSouETaCGV8FZDGlkG+ZnLs");

        assertThat(OWASP.verify(Password.offered("correct horse ünïcode 🐎"), reference)).isTrue();
        assertThat(OWASP.needsRehash(reference)).isFalse();
    }

    @Test
    void a_hash_made_with_weaker_parameters_verifies_but_needs_rehash() {
        Argon2PasswordHasher weaker = new Argon2PasswordHasher(new Argon2Parameters(4096, 1, 1, 32, 16));
        PasswordHash old = weaker.hash(Password.of("password", "an old password"));

        assertThat(old.encoded()).startsWith("$argon2id$v=19$m=4096,t=1,p=1$");
        assertThat(OWASP.verify(Password.offered("an old password"), old)).isTrue();
        assertThat(OWASP.needsRehash(old)).isTrue();
        assertThat(weaker.needsRehash(old)).isFalse();
    }

    @Test
    void raising_any_one_parameter_asks_for_a_rehash_of_todays_hashes() {
        PasswordHash today = OWASP.hash(Password.of("password", "today's password"));

        assertThat(new Argon2PasswordHasher(new Argon2Parameters(19_456, 3, 1, 32, 16)).needsRehash(today)).isTrue();
        assertThat(new Argon2PasswordHasher(new Argon2Parameters(19_456, 2, 2, 32, 16)).needsRehash(today)).isTrue();
        assertThat(new Argon2PasswordHasher(new Argon2Parameters(19_457, 2, 1, 32, 16)).needsRehash(today)).isTrue();
        assertThat(new Argon2PasswordHasher(new Argon2Parameters(19_456, 2, 1, 32, 32)).needsRehash(today)).isTrue();
        assertThat(new Argon2PasswordHasher(new Argon2Parameters(8192, 1, 1, 32, 16)).needsRehash(today)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
            "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ",
            "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$",
            "$argon2id$v=18$m=4096,t=2,p=1$c29tZXNhbHQ$jacJHQ+PoBstB/ZoVNk8re3s1yzVABZujceGiwVNJnk",
            "$argon2id$v=19$m=4096,t=0,p=1$c29tZXNhbHQ$jacJHQ+PoBstB/ZoVNk8re3s1yzVABZujceGiwVNJnk",
            "$argon2id$v=19$m=4096,t=2,p=0$c29tZXNhbHQ$jacJHQ+PoBstB/ZoVNk8re3s1yzVABZujceGiwVNJnk",
            "$argon2id$v=19$m=7,t=2,p=1$c29tZXNhbHQ$jacJHQ+PoBstB/ZoVNk8re3s1yzVABZujceGiwVNJnk",
            "$argon2id$v=19$m=9999999999,t=2,p=1$c29tZXNhbHQ$jacJHQ+PoBstB/ZoVNk8re3s1yzVABZujceGiwVNJnk",
            "$argon2id$v=19$m=4194304,t=2,p=1$c29tZXNhbHQ$jacJHQ+PoBstB/ZoVNk8re3s1yzVABZujceGiwVNJnk",
            "$argon2id$v=19$m=4096,t=1000000,p=1$c29tZXNhbHQ$jacJHQ+PoBstB/ZoVNk8re3s1yzVABZujceGiwVNJnk",
            "$argon2id$v=19$m=4096,t=2,p=1$c29tZXNhbHQ$jacJHQ+PoBstB/ZoVNk8re3s1yzVABZujceGiwVNJn",
            "$argon2id$v=19$m=4096,t=2,p=1$c2$jacJHQ+PoBstB/ZoVNk8re3s1yzVABZujceGiwVNJnk",
            "$argon2id$v=19$m=4096,t=2,p=1$c29tZXNhbHQ$jacJHQ",
            "$argon2x$v=19$m=4096,t=2,p=1$c29tZXNhbHQ$jacJHQ+PoBstB/ZoVNk8re3s1yzVABZujceGiwVNJnk",
            " $argon2id$v=19$m=4096,t=2,p=1$c29tZXNhbHQ$jacJHQ+PoBstB/ZoVNk8re3s1yzVABZujceGiwVNJnk",
    })
    void a_malformed_or_foreign_hash_matches_nothing_and_needs_rehash(String encoded) {
        PasswordHash hash = new PasswordHash(encoded);

        assertThat(OWASP.verify(Password.offered("password"), hash)).isFalse();
        assertThat(OWASP.needsRehash(hash)).isTrue();
    }

    @Test
    void refuses_parameters_too_weak_to_be_argon2() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Argon2Parameters(19_456, 2, 1, 32, 8))
                .withMessageContaining("saltLength");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Argon2Parameters(7, 2, 1, 32, 16))
                .withMessageContaining("memoryKib");
    }
}
