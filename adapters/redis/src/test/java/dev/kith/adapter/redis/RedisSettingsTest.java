package dev.kith.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RedisSettingsTest {

    @Test
    void reads_host_and_port_and_defaults_the_port_and_the_channel() {
        RedisSettings settings = RedisSettings.of(URI.create("redis://cache.internal"));

        assertThat(settings.host()).isEqualTo("cache.internal");
        assertThat(settings.port()).isEqualTo(6379);
        assertThat(settings.tls()).isFalse();
        assertThat(settings.user()).isEmpty();
        assertThat(settings.password()).isEmpty();
        assertThat(settings.channel()).isEqualTo("kith:stream");
    }

    @Test
    void reads_tls_a_user_and_a_percent_encoded_password() {
        RedisSettings settings = RedisSettings.of(URI.create("rediss://kith:p%40ss:word@cache.internal:6380/0"));

        assertThat(settings.tls()).isTrue();
        assertThat(settings.port()).isEqualTo(6380);
        assertThat(settings.user()).contains("kith");
        assertThat(settings.password()).contains("p@ss:word");
    }

    @Test
    void reads_a_password_without_a_user() {
        RedisSettings settings = RedisSettings.of(URI.create("redis://:secret@localhost:6379"));

        assertThat(settings.user()).isEmpty();
        assertThat(settings.password()).contains("secret");
    }

    @Test
    void never_prints_the_password() {
        RedisSettings settings = RedisSettings.of(URI.create("redis://kith:secret@localhost:6379"));

        assertThat(settings.toString()).doesNotContain("secret").contains("kith:***@localhost:6379");
    }

    @Test
    void rejects_other_schemes_a_missing_host_a_user_alone_and_a_blank_channel() {
        assertThatIllegalArgumentException().isThrownBy(() -> RedisSettings.of(URI.create("http://localhost:6379")));
        assertThatIllegalArgumentException().isThrownBy(() -> RedisSettings.of(URI.create("redis:///0")));
        assertThatIllegalArgumentException().isThrownBy(() -> RedisSettings.of(URI.create("redis://kith@localhost")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RedisSettings.of(URI.create("redis://localhost")).withChannel(" "));
    }

    @Test
    void an_error_does_not_print_the_password() {
        assertThatIllegalArgumentException().isThrownBy(() -> RedisSettings.of(URI.create("http://kith:secret@localhost")))
                .withMessageNotContaining("secret");
    }
}
