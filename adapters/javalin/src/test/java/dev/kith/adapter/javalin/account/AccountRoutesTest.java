package dev.kith.adapter.javalin.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kith.adapter.javalin.TestServer;
import dev.kith.adapter.javalin.TestServer.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AccountRoutesTest {

    private static final String PASSWORD = "correct horse battery";

    private final TestServer server = new TestServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_new_account_goes_through_its_whole_life_over_http() {
        Reply registered = server.post("/api/v1/auth/register",
                "{\"username\":\"alice\",\"email\":\"alice@example.com\",\"password\":\"" + PASSWORD + "\"}").expect(201);
        JsonNode account = registered.json();
        assertThat(fieldNames(account)).containsExactly("id", "username", "email", "emailVerified");
        assertThat(account.get("username").asText()).isEqualTo("alice");
        assertThat(account.get("email").asText()).isEqualTo("alice@example.com");
        assertThat(account.get("emailVerified").asBoolean()).isFalse();
        assertThat(registered.header("Cache-Control")).isEqualTo("no-store");

        Reply unverified = logIn("alice", PASSWORD).expect(403);
        assertThat(unverified.code()).isEqualTo("email_not_verified");

        String verification = server.mailedToken("alice@example.com", "Confirm");
        Reply verified = server.post("/api/v1/auth/verify-email", "{\"token\":\"" + verification + "\"}").expect(200);
        assertThat(verified.json().get("emailVerified").asBoolean()).isTrue();
        assertThat(server.post("/api/v1/auth/verify-email", "{\"token\":\"" + verification + "\"}").expect(400).code())
                .isEqualTo("invalid_or_expired_token");

        JsonNode login = logIn("ALICE@example.com", PASSWORD).expect(200).json();
        assertThat(fieldNames(login)).containsExactly("accessToken", "refreshToken", "tokenType", "expiresIn");
        assertThat(login.get("tokenType").asText()).isEqualTo("Bearer");
        assertThat(login.get("expiresIn").asLong()).isPositive();
        String access = login.get("accessToken").asText();

        JsonNode me = server.get("/api/v1/me", access).expect(200).json();
        assertThat(fieldNames(me)).containsExactly("id", "username", "email", "emailVerified", "displayName", "bio",
                "avatarUrl", "private", "createdAt");
        assertThat(me.get("id").asText()).isEqualTo(account.get("id").asText());
        assertThat(me.get("emailVerified").asBoolean()).isTrue();
        assertThat(me.get("displayName").isNull()).isTrue();
        assertThat(me.get("bio").isNull()).isTrue();
        assertThat(me.get("avatarUrl").isNull()).isTrue();
        assertThat(me.get("private").isBoolean()).isTrue();
        assertThat(me.get("private").asBoolean()).isFalse();
        assertThat(me.get("createdAt").asText()).isEqualTo("2026-11-23T18:00:00Z");

        JsonNode patched = server.patch("/api/v1/me",
                "{\"displayName\":\"Alice A.\",\"bio\":\"Hello\\nthere\",\"private\":true}", access).expect(200).json();
        assertThat(patched.get("displayName").asText()).isEqualTo("Alice A.");
        assertThat(patched.get("bio").asText()).isEqualTo("Hello\nthere");
        assertThat(patched.get("private").asBoolean()).isTrue();
        JsonNode cleared = server.patch("/api/v1/me", "{\"displayName\":null}", access).expect(200).json();
        assertThat(cleared.get("displayName").isNull()).isTrue();
        assertThat(cleared.get("bio").asText()).isEqualTo("Hello\nthere");
        assertThat(server.get("/api/v1/me", access).expect(200).json().get("private").asBoolean()).isTrue();

        JsonNode refreshed = refresh(login.get("refreshToken").asText()).expect(200).json();
        assertThat(refreshed.get("refreshToken").asText()).isNotEqualTo(login.get("refreshToken").asText());
        server.get("/api/v1/me", refreshed.get("accessToken").asText()).expect(200);
        assertThat(refresh(login.get("refreshToken").asText()).expect(401).code()).isEqualTo("invalid_refresh_token");
        assertThat(refresh(refreshed.get("refreshToken").asText()).expect(401).code())
                .as("reusing a spent token revokes the whole login").isEqualTo("invalid_refresh_token");

        JsonNode second = logIn("alice", PASSWORD).expect(200).json();
        server.post("/api/v1/auth/logout", "{\"refreshToken\":\"" + second.get("refreshToken").asText() + "\"}",
                second.get("accessToken").asText()).expect(204);
        refresh(second.get("refreshToken").asText()).expect(401);

        JsonNode third = logIn("alice", PASSWORD).expect(200).json();
        Reply resetAsked = server.post("/api/v1/auth/password-reset", "{\"email\":\"alice@example.com\"}").expect(202);
        String reset = server.mailedToken("alice@example.com", "Reset");
        server.post("/api/v1/auth/password-reset/confirm",
                "{\"token\":\"" + reset + "\",\"newPassword\":\"a brand new secret\"}").expect(204);
        assertThat(resetAsked.header("Cache-Control")).isEqualTo("no-store");
        assertThat(refresh(third.get("refreshToken").asText()).expect(401).code())
                .as("a password reset signs out everywhere").isEqualTo("invalid_refresh_token");
        assertThat(logIn("alice", PASSWORD).expect(401).code()).isEqualTo("invalid_credentials");
        String fresh = logIn("alice", "a brand new secret").expect(200).json().get("accessToken").asText();

        assertThat(server.delete("/api/v1/me", "{\"password\":\"wrong password\"}", fresh).expect(403).code())
                .isEqualTo("wrong_password");
        server.delete("/api/v1/me", "{\"password\":\"a brand new secret\"}", fresh).expect(204);
        server.get("/api/v1/me", fresh).expect(401);
        logIn("alice", "a brand new secret").expect(401);
    }

    @Test
    void a_taken_username_or_email_is_a_conflict_regardless_of_case() {
        register("bob", "bob@example.com").expect(201);

        assertThat(register("BOB", "other@example.com").expect(409).code()).isEqualTo("username_taken");
        assertThat(register("robert", "Bob@Example.com").expect(409).code()).isEqualTo("email_taken");
    }

    @Test
    void registering_with_invalid_fields_names_every_one_of_them() {
        Reply reply = register("x", "not-an-email", "short").expect(400);

        assertThat(reply.code()).isEqualTo("validation_failed");
        assertThat(errorFields(reply)).containsExactlyInAnyOrder("username", "email", "password");
    }

    @Test
    void missing_fields_are_named() {
        Reply reply = server.post("/api/v1/auth/register", "{}").expect(400);

        assertThat(reply.code()).isEqualTo("validation_failed");
        assertThat(errorFields(reply)).containsExactlyInAnyOrder("username", "email", "password");
        assertThat(errorFields(server.post("/api/v1/auth/login", "{\"login\":\"bob\"}").expect(400)))
                .containsExactly("password");
        assertThat(errorFields(server.post("/api/v1/auth/password-reset/confirm", "{}").expect(400)))
                .containsExactlyInAnyOrder("token", "newPassword");
    }

    @Test
    void resend_verification_answers_the_same_for_known_and_unknown_addresses() {
        register("carol", "carol@example.com").expect(201);
        int before = server.mailCount();
        server.clock.advance(Duration.ofMinutes(1));

        Reply known = server.post("/api/v1/auth/resend-verification", "{\"email\":\"carol@example.com\"}").expect(202);
        Reply unknown = server.post("/api/v1/auth/resend-verification", "{\"email\":\"nobody@example.com\"}").expect(202);

        assertThat(known.body()).isEqualTo(unknown.body());
        assertThat(server.mailCount()).isEqualTo(before + 1);
        assertThat(server.post("/api/v1/auth/resend-verification", "{\"email\":\"nope\"}").expect(400).code())
                .isEqualTo("validation_failed");
    }

    @Test
    void password_reset_answers_the_same_for_known_and_unknown_addresses() {
        server.signUp("dave");
        int before = server.mailCount();

        Reply known = server.post("/api/v1/auth/password-reset", "{\"email\":\"dave@example.com\"}").expect(202);
        Reply unknown = server.post("/api/v1/auth/password-reset", "{\"email\":\"nobody@example.com\"}").expect(202);

        assertThat(known.body()).isEqualTo(unknown.body());
        assertThat(known.header("Content-Type")).startsWith("application/json");
        assertThat(server.mailCount()).isEqualTo(before + 1);
    }

    @Test
    void a_bad_or_used_reset_token_is_refused() {
        server.signUp("erin");
        server.post("/api/v1/auth/password-reset", "{\"email\":\"erin@example.com\"}").expect(202);
        String token = server.mailedToken("erin@example.com", "Reset");
        String confirm = "{\"token\":\"" + token + "\",\"newPassword\":\"another long secret\"}";

        server.post("/api/v1/auth/password-reset/confirm", confirm).expect(204);

        assertThat(server.post("/api/v1/auth/password-reset/confirm", confirm).expect(400).code()).isEqualTo("invalid_or_expired_token");
        assertThat(server.post("/api/v1/auth/password-reset/confirm",
                "{\"token\":\"!!\",\"newPassword\":\"another long secret\"}").expect(400).code())
                .isEqualTo("validation_failed");
    }

    @Test
    void wrong_credentials_are_401_with_a_bearer_challenge() {
        server.signUp("frank");

        Reply wrongPassword = logIn("frank", "not the password").expect(401);
        Reply unknownUser = logIn("nobody", PASSWORD).expect(401);

        assertThat(wrongPassword.code()).isEqualTo("invalid_credentials");
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
        assertThat(wrongPassword.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void authenticated_routes_refuse_a_missing_malformed_foreign_or_expired_token() {
        String token = server.accessToken("grace");
        List<Reply> refused = new ArrayList<>();
        refused.add(server.get("/api/v1/me"));
        refused.add(server.get("/api/v1/me", "not-a-token"));
        refused.add(server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/v1/me"))
                .header("Authorization", "Basic Z3JhY2U6cGFzc3dvcmQ=").build()));
        refused.add(server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/v1/me"))
                .header("Authorization", "Bearer").build()));
        refused.add(server.patch("/api/v1/me", "{\"bio\":\"x\"}", null));
        refused.add(server.delete("/api/v1/me", "{\"password\":\"" + PASSWORD + "\"}", null));
        refused.add(server.post("/api/v1/auth/logout", "{\"refreshToken\":\"abcdefghijklmnopqrstuvwxyz\"}"));

        server.get("/api/v1/me", token).expect(200);
        server.clock.advance(Duration.ofHours(1));
        refused.add(server.get("/api/v1/me", token));

        for (Reply reply : refused) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(401);
            assertThat(reply.code()).isEqualTo("invalid_token");
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        }
    }

    @Test
    void the_bearer_scheme_is_case_insensitive() {
        String token = server.accessToken("heidi");

        server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/v1/me"))
                .header("Authorization", "bearer " + token).build()).expect(200);
    }

    @Test
    void an_authenticated_route_checks_the_token_before_the_body() {
        Reply reply = server.patch("/api/v1/me", "{not json", null);

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void logging_out_twice_or_with_a_foreign_token_is_not_an_error() {
        JsonNode ivan = server.signUp("ivan");
        JsonNode judy = server.signUp("judy");
        String body = "{\"refreshToken\":\"" + ivan.get("refreshToken").asText() + "\"}";

        server.post("/api/v1/auth/logout", body, judy.get("accessToken").asText()).expect(204);
        refresh(ivan.get("refreshToken").asText()).expect(200);
        // judy is also signed in on a second device, whose access token still works after the first logs out
        String judysLaptop = server.post("/api/v1/auth/login", "{\"login\":\"judy\",\"password\":\"correct horse battery\"}")
                .expect(200).json().get("accessToken").asText();
        server.post("/api/v1/auth/logout", "{\"refreshToken\":\"" + judy.get("refreshToken").asText() + "\"}",
                judy.get("accessToken").asText()).expect(204);
        server.post("/api/v1/auth/logout", "{\"refreshToken\":\"" + judy.get("refreshToken").asText() + "\"}",
                judysLaptop).expect(204);
    }

    @Test
    void an_access_token_stops_at_once_when_its_login_ends_and_other_logins_go_on() {
        JsonNode mallory = server.signUp("mallory");
        String laptop = server.post("/api/v1/auth/login", "{\"login\":\"mallory\",\"password\":\"correct horse battery\"}")
                .expect(200).json().get("accessToken").asText();

        server.post("/api/v1/auth/logout", "{\"refreshToken\":\"" + mallory.get("refreshToken").asText() + "\"}",
                mallory.get("accessToken").asText()).expect(204);

        Reply refused = server.get("/api/v1/me", mallory.get("accessToken").asText()).expect(401);
        assertThat(refused.code()).isEqualTo("invalid_token");
        server.post("/api/v1/posts", "{\"text\":\"still here?\"}", mallory.get("accessToken").asText()).expect(401);
        server.get("/api/v1/me", laptop).expect(200);
    }

    @Test
    void patching_me_with_an_unknown_field_names_it() {
        String token = server.accessToken("kate");

        Reply reply = server.patch("/api/v1/me", "{\"displayName\":\"Kate\",\"email\":\"x@example.com\",\"admin\":true}", token)
                .expect(400);

        assertThat(reply.code()).isEqualTo("validation_failed");
        assertThat(errorFields(reply)).containsExactlyInAnyOrder("email", "admin");
        assertThat(server.get("/api/v1/me", token).expect(200).json().get("displayName").isNull())
                .as("nothing changes when the patch is refused").isTrue();
    }

    @Test
    void patching_me_with_wrong_types_names_the_field() {
        String token = server.accessToken("leo");

        assertThat(errorFields(server.patch("/api/v1/me", "{\"private\":null}", token).expect(400))).containsExactly("private");
        assertThat(errorFields(server.patch("/api/v1/me", "{\"private\":\"yes\"}", token).expect(400))).containsExactly("private");
        assertThat(errorFields(server.patch("/api/v1/me", "{\"displayName\":5}", token).expect(400))).containsExactly("displayName");
        assertThat(errorFields(server.patch("/api/v1/me", "{\"bio\":[\"a\"]}", token).expect(400))).containsExactly("bio");
        assertThat(errorFields(server.patch("/api/v1/me", "{\"bio\":{\"a\":1}}", token).expect(400))).containsExactly("bio");
        assertThat(errorFields(server.patch("/api/v1/me", "{\"displayName\":true,\"private\":1}", token).expect(400)))
                .containsExactlyInAnyOrder("displayName", "private");
    }

    @Test
    void patching_me_validates_lengths_and_characters() {
        String token = server.accessToken("mia");

        assertThat(errorFields(server.patch("/api/v1/me", "{\"displayName\":\"" + "x".repeat(51) + "\"}", token).expect(400)))
                .containsExactly("displayName");
        assertThat(errorFields(server.patch("/api/v1/me", "{\"bio\":\"" + "y".repeat(301) + "\"}", token).expect(400)))
                .containsExactly("bio");
        assertThat(errorFields(server.patch("/api/v1/me", "{\"displayName\":\"a\\u0000b\"}", token).expect(400)))
                .containsExactly("displayName");
        assertThat(errorFields(server.patch("/api/v1/me", "{\"displayName\":\"a\\ud800b\"}", token).expect(400)))
                .containsExactly("displayName");
        assertThat(errorFields(server.patch("/api/v1/me", "{\"bio\":\"\\udc00\"}", token).expect(400)))
                .containsExactly("bio");
        assertThat(errorFields(server.patch("/api/v1/me", "{\"avatarMediaId\":\"01a20990-9500-7000-8000-000000000000\"}", token)
                .expect(400))).containsExactly("avatarMediaId");
    }

    @Test
    void patching_me_keeps_unicode_intact() {
        String token = server.accessToken("noah");

        JsonNode patched = server.patch("/api/v1/me", "{\"displayName\":\"Zoë 🦊 東京\",\"bio\":\"مرحبا\"}", token)
                .expect(200).json();

        assertThat(patched.get("displayName").asText()).isEqualTo("Zoë 🦊 東京");
        assertThat(patched.get("bio").asText()).isEqualTo("مرحبا");
        assertThat(server.get("/api/v1/me", token).expect(200).json().get("displayName").asText()).isEqualTo("Zoë 🦊 東京");
    }

    @Test
    void merge_patch_media_type_is_accepted_on_me() {
        String token = server.accessToken("olga");

        Reply reply = server.send(java.net.http.HttpRequest.newBuilder(server.uri("/api/v1/me"))
                .header("Content-Type", "application/merge-patch+json")
                .header("Authorization", "Bearer " + token)
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"bio\":\"merged\"}")).build());

        assertThat(reply.expect(200).json().get("bio").asText()).isEqualTo("merged");
    }

    @Test
    void an_empty_patch_changes_nothing() {
        String token = server.accessToken("pete");

        JsonNode patched = server.patch("/api/v1/me", "{}", token).expect(200).json();

        assertThat(patched.get("username").asText()).isEqualTo("pete");
        assertThat(patched.get("private").asBoolean()).isFalse();
    }

    @Test
    void deleting_me_needs_the_password_field() {
        String token = server.accessToken("quinn");

        assertThat(errorFields(server.delete("/api/v1/me", "{}", token).expect(400))).containsExactly("password");
        assertThat(errorFields(server.delete("/api/v1/me", "{\"password\":12345678}", token).expect(400)))
                .containsExactly("password");
        server.get("/api/v1/me", token).expect(200);
    }

    @Test
    void refresh_with_a_malformed_or_missing_token_is_refused() {
        assertThat(refresh("!!!").expect(401).code()).isEqualTo("invalid_refresh_token");
        assertThat(server.post("/api/v1/auth/refresh", "{}").expect(400).code()).isEqualTo("validation_failed");
        assertThat(errorFields(server.post("/api/v1/auth/refresh", "{\"refreshToken\":42}").expect(400)))
                .containsExactly("refreshToken");
    }

    private Reply register(String username, String email) {
        return register(username, email, PASSWORD);
    }

    private Reply register(String username, String email, String password) {
        return server.post("/api/v1/auth/register",
                "{\"username\":\"" + username + "\",\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }

    private Reply logIn(String login, String password) {
        return server.post("/api/v1/auth/login", "{\"login\":\"" + login + "\",\"password\":\"" + password + "\"}");
    }

    private Reply refresh(String refreshToken) {
        return server.post("/api/v1/auth/refresh", "{\"refreshToken\":\"" + refreshToken + "\"}");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> errorFields(Reply reply) {
        List<String> fields = new ArrayList<>();
        reply.json().path("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }
}
