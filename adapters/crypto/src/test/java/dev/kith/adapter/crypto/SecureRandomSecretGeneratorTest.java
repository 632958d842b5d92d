package dev.kith.adapter.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.application.shared.port.SecretGenerator;
import dev.kith.application.shared.port.SecretGeneratorContract;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecureRandomSecretGeneratorTest extends SecretGeneratorContract {

    private final SecureRandomSecretGenerator secrets = new SecureRandomSecretGenerator();

    @Override
    protected SecretGenerator secrets() {
        return secrets;
    }

    @Test
    void a_secret_is_32_bytes_of_unpadded_base64url() {
        String secret = secrets.next().reveal();

        assertThat(secret).hasSize(43).doesNotContain("=");
        assertThat(Base64.getUrlDecoder().decode(secret)).hasSize(32);
    }
}
