package dev.kith.adapter.javalin.account;

import dev.kith.adapter.javalin.internal.JsonFields;
import dev.kith.application.account.ResendVerification;
import java.util.Set;

/** The body of {@code POST /api/v1/auth/resend-verification}. */
public record ResendVerificationRequest(String email) {

    static final Set<String> FIELDS = Set.of("email");

    static ResendVerificationRequest from(JsonFields body) {
        return new ResendVerificationRequest(body.string("email"));
    }

    ResendVerification.Command toCommand() {
        return new ResendVerification.Command(email);
    }
}
