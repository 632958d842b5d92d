package dev.kith.application.account.port;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.LoginSessionId;
import java.util.Objects;

/** What a valid access token says: whose it is and which login issued it. */
public record AccessClaims(AccountId account, LoginSessionId session) {
    public AccessClaims {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(session, "session");
    }
}
