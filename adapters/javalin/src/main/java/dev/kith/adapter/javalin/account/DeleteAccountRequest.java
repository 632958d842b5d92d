package dev.kith.adapter.javalin.account;

import dev.kith.adapter.javalin.internal.JsonFields;
import dev.kith.application.account.DeleteAccount;
import java.util.Set;

/** The body of {@code DELETE /api/v1/me}: the current password, confirming the erasure. */
public record DeleteAccountRequest(String password) {

    static final Set<String> FIELDS = Set.of("password");

    static DeleteAccountRequest from(JsonFields body) {
        return new DeleteAccountRequest(body.string("password"));
    }

    DeleteAccount.Command toCommand() {
        return new DeleteAccount.Command(password);
    }

    @Override
    public String toString() {
        return "DeleteAccountRequest[***]";
    }
}
