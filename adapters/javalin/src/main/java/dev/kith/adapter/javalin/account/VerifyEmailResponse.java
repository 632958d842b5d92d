package dev.kith.adapter.javalin.account;

/** The body of a 200 from {@code POST /api/v1/auth/verify-email}. */
public record VerifyEmailResponse(boolean emailVerified) {
}
