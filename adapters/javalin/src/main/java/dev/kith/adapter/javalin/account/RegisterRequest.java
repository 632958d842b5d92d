package dev.kith.adapter.javalin.account;

import dev.kith.adapter.javalin.internal.JsonFields;
import dev.kith.application.account.RegisterAccount;
import java.util.Set;

/** The body of {@code POST /api/v1/auth/register}. */
public record RegisterRequest(String username, String email, String password) {

    static final Set<String> FIELDS = Set.of("username", "email", "password");

    static RegisterRequest from(JsonFields body) {
        return new RegisterRequest(body.string("username"), body.string("email"), body.string("password"));
    }

    RegisterAccount.Command toCommand() {
        return new RegisterAccount.Command(username, email, password);
    }

    @Override
    public String toString() {
        return "RegisterRequest[username=" + username + ", email=" + email + "]";
    }
}
