package dev.kith.adapter.javalin.account;

import dev.kith.adapter.javalin.internal.JsonFields;
import dev.kith.application.account.VerifyEmail;
import java.util.Set;

/** The body of {@code POST /api/v1/auth/verify-email}: the token from the verification mail. */
public record VerifyEmailRequest(String token) {

    static final Set<String> FIELDS = Set.of("token");

    static VerifyEmailRequest from(JsonFields body) {
        return new VerifyEmailRequest(body.string("token"));
    }

    VerifyEmail.Command toCommand() {
        return new VerifyEmail.Command(token);
    }

    @Override
    public String toString() {
        return "VerifyEmailRequest[***]";
    }
}
