package dev.kith.adapter.javalin.account;

import dev.kith.adapter.javalin.internal.JsonFields;
import dev.kith.application.account.ResetPassword;
import java.util.Set;

/** The body of {@code POST /api/v1/auth/password-reset/confirm}: the mailed token and the new password. */
public record PasswordResetConfirmRequest(String token, String newPassword) {

    static final Set<String> FIELDS = Set.of("token", "newPassword");

    static PasswordResetConfirmRequest from(JsonFields body) {
        return new PasswordResetConfirmRequest(body.string("token"), body.string("newPassword"));
    }

    ResetPassword.Command toCommand() {
        return new ResetPassword.Command(token, newPassword);
    }

    @Override
    public String toString() {
        return "PasswordResetConfirmRequest[***]";
    }
}
