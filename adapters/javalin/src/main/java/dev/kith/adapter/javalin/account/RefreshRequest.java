package dev.kith.adapter.javalin.account;

import dev.kith.adapter.javalin.internal.JsonFields;
import dev.kith.application.account.RefreshLogin;
import java.util.Set;

/** The body of {@code POST /api/v1/auth/refresh}. */
public record RefreshRequest(String refreshToken) {

    static final Set<String> FIELDS = Set.of("refreshToken");

    static RefreshRequest from(JsonFields body) {
        return new RefreshRequest(body.string("refreshToken"));
    }

    RefreshLogin.Command toCommand() {
        return new RefreshLogin.Command(refreshToken);
    }

    @Override
    public String toString() {
        return "RefreshRequest[***]";
    }
}
