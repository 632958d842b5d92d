package dev.kith.adapter.javalin.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kith.adapter.javalin.TestServer;
import dev.kith.adapter.javalin.TestServer.Reply;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Common passwords, and a password that is the username or email, are a 400 naming the password field. */
class PasswordRulesTest {

    private final TestServer server = new TestServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void registering_with_a_common_or_personal_password_is_400_naming_password() {
        for (String password : List.of("password", "12345678", "qwertyuiop", "Alice_Liddell", "alice@example.com")) {
            Reply reply = server.post("/api/v1/auth/register",
                    "{\"username\":\"alice_liddell\",\"email\":\"alice@example.com\",\"password\":\"" + password + "\"}");

            assertThat(reply.status()).as(password + ": " + reply.body()).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.code()).isEqualTo("validation_failed");
            JsonNode error = reply.json().get("errors").get(0);
            assertThat(reply.errorFields()).containsExactly("password");
            assertThat(error.get("message").asText()).isNotBlank();
        }
        server.post("/api/v1/auth/register",
                "{\"username\":\"alice_liddell\",\"email\":\"alice@example.com\",\"password\":\"correct horse battery\"}")
                .expect(201);
    }

    @Test
    void confirming_a_reset_with_a_common_password_or_the_username_is_400_naming_new_password() {
        server.signUp("alice_liddell");
        server.post("/api/v1/auth/password-reset", "{\"email\":\"alice_liddell@example.com\"}").expect(202);
        String token = server.mailedToken("alice_liddell@example.com", "Reset");

        for (String password : List.of("iloveyou", "ALICE_LIDDELL")) {
            Reply reply = server.post("/api/v1/auth/password-reset/confirm",
                    "{\"token\":\"" + token + "\",\"newPassword\":\"" + password + "\"}");

            assertThat(reply.status()).as(password + ": " + reply.body()).isEqualTo(400);
            assertThat(reply.code()).isEqualTo("validation_failed");
            assertThat(reply.errorFields()).containsExactly("newPassword");
        }
        server.post("/api/v1/auth/password-reset/confirm",
                "{\"token\":\"" + token + "\",\"newPassword\":\"a brand new secret\"}").expect(204);
    }
}
