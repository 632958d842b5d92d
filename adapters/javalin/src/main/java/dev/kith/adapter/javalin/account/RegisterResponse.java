package dev.kith.adapter.javalin.account;

import dev.kith.application.account.AccountView;

/** The body of a 201 from {@code POST /api/v1/auth/register}. */
public record RegisterResponse(String id, String username, String email, boolean emailVerified) {

    static RegisterResponse of(AccountView account) {
        return new RegisterResponse(account.id(), account.username(), account.email(), account.emailVerified());
    }
}
