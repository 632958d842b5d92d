package dev.kith.adapter.javalin.account;

import dev.kith.adapter.javalin.internal.JsonFields;
import dev.kith.application.account.LogOut;
import java.util.Set;

/** The body of {@code POST /api/v1/auth/logout}: the refresh token of the login to end. */
public record LogoutRequest(String refreshToken) {

    static final Set<String> FIELDS = Set.of("refreshToken");

    static LogoutRequest from(JsonFields body) {
        return new LogoutRequest(body.string("refreshToken"));
    }

    LogOut.Command toCommand() {
        return new LogOut.Command(refreshToken);
    }

    @Override
    public String toString() {
        return "LogoutRequest[***]";
    }
}
