package dev.kith.application.shared.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.domain.account.Secret;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link SecretGenerator} does; extend it for each adapter. */
public abstract class SecretGeneratorContract {

    protected abstract SecretGenerator secrets();

    @Test
    void makes_unique_url_safe_secrets_of_at_least_256_bits() {
        Set<String> made = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String secret = secrets().next().reveal();
            assertThat(secret).matches("[A-Za-z0-9_-]{43,128}");
            assertThat(Secret.presented("token", secret).hash()).isEqualTo(Secret.generated(secret).hash());
            made.add(secret);
        }

        assertThat(made).hasSize(10_000);
    }
}
