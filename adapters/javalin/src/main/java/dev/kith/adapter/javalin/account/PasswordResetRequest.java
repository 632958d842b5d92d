package dev.kith.adapter.javalin.account;

import dev.kith.adapter.javalin.internal.JsonFields;
import dev.kith.application.account.RequestPasswordReset;
import java.util.Set;

/** The body of {@code POST /api/v1/auth/password-reset}. */
public record PasswordResetRequest(String email) {

    static final Set<String> FIELDS = Set.of("email");

    static PasswordResetRequest from(JsonFields body) {
        return new PasswordResetRequest(body.string("email"));
    }

    RequestPasswordReset.Command toCommand() {
        return new RequestPasswordReset.Command(email);
    }
}
