package dev.kith.adapter.javalin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.client.ApiClient;
import dev.kith.client.ApiException;
import dev.kith.client.api.AccountsApi;
import dev.kith.client.api.ServiceApi;
import dev.kith.client.model.LoginRequest;
import dev.kith.client.model.RegisterRequest;
import dev.kith.client.model.RegisterResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Java client openapi-generator makes from the document at every build (see the javalin pom) talks
 * to the server: the document is one a client generator can use, not only a valid one.
 */
class GeneratedClientTest {

    private static TestServer server;
    private static ApiClient client;

    @BeforeAll
    static void start() {
        server = new TestServer();
        client = new ApiClient();
        client.updateBaseUri(server.uri("").toString());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_generated_client_calls_the_service_and_account_endpoints() throws Exception {
        assertThat(new ServiceApi(client).live().getStatus()).hasToString("up");

        RegisterResponse registered = new AccountsApi(client).register(new RegisterRequest()
                .username("gena").email("gena@example.com").password("correct horse battery"));

        assertThat(registered.getUsername()).isEqualTo("gena");
        assertThat(registered.getEmailVerified()).isFalse();
    }

    @Test
    void the_generated_client_sees_problems_as_their_status_and_body() {
        assertThatThrownBy(() -> new AccountsApi(client).logIn(new LoginRequest().login("nobody").password("correct horse battery")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(401);
                    assertThat(e.getResponseBody()).contains("\"code\":\"invalid_credentials\"");
                });
    }
}
