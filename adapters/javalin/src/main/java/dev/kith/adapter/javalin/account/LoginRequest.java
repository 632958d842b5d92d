package dev.kith.adapter.javalin.account;

import dev.kith.adapter.javalin.internal.JsonFields;
import dev.kith.application.account.LogIn;
import java.util.Set;

/** The body of {@code POST /api/v1/auth/login}: a username or email address, and the password. */
public record LoginRequest(String login, String password) {

    static final Set<String> FIELDS = Set.of("login", "password");

    static LoginRequest from(JsonFields body) {
        return new LoginRequest(body.string("login"), body.string("password"));
    }

    LogIn.Command toCommand() {
        return new LogIn.Command(login, password);
    }

    @Override
    public String toString() {
        return "LoginRequest[login=" + login + "]";
    }
}
