package dev.kith.adapter.javalin.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.adapter.javalin.TestServer;
import dev.kith.adapter.javalin.TestServer.Reply;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountPagesTest {

    @ParameterizedTest
    @CsvSource({"/verify-email?token=abc, /api/v1/auth/verify-email", "/reset-password?token=abc, /api/v1/auth/password-reset/confirm"})
    void the_links_in_account_mails_open_a_page_whose_only_script_posts_to_the_api(String path, String api) throws Exception {
        try (TestServer server = new TestServer()) {
            Reply page = server.get(path);

            assertThat(page.status()).isEqualTo(200);
            assertThat(page.headers().get("content-type").get(0)).startsWith("text/html");
            assertThat(page.body()).contains(api).doesNotContain("{{SCRIPT}}");
            Matcher script = Pattern.compile("(?s)<script>(.*)</script>").matcher(page.body());
            assertThat(script.find()).isTrue();
            String hash = "sha256-" + Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(script.group(1).getBytes(StandardCharsets.UTF_8)));
            assertThat(page.headers().get("content-security-policy").get(0))
                    .contains("script-src '" + hash + "'").contains("default-src 'none'").contains("connect-src 'self'");
            assertThat(server.mailCount()).isZero();
        }
    }
}
