package dev.kith.application.account;

import dev.kith.application.account.port.AccessToken;
import dev.kith.application.account.port.RefreshTokenRepository;
import dev.kith.application.account.port.TokenIssuer;
import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.SecretGenerator;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.LoginSessionId;
import dev.kith.domain.account.RefreshToken;
import dev.kith.domain.account.Secret;
import java.time.Duration;
import java.time.Instant;

/** Opens logins and issues their token pairs; shared by logging in and refreshing. */
final class Sessions {

    private final RefreshTokenRepository refreshTokens;
    private final TokenIssuer tokenIssuer;
    private final SecretGenerator secrets;
    private final IdGenerator ids;

    Sessions(RefreshTokenRepository refreshTokens, TokenIssuer tokenIssuer, SecretGenerator secrets, IdGenerator ids) {
        this.refreshTokens = refreshTokens;
        this.tokenIssuer = tokenIssuer;
        this.secrets = secrets;
        this.ids = ids;
    }

    /** Starts a login and issues its first pair; call inside a transaction. */
    TokenPair open(AccountId account, Instant now) {
        LoginSessionId session = new LoginSessionId(ids.next());
        refreshTokens.startSession(session, account, now);
        return issue(session, account, now);
    }

    /** Issues the next pair of an existing login; call inside a transaction. */
    TokenPair issue(LoginSessionId session, AccountId account, Instant now) {
        Secret refresh = secrets.next();
        refreshTokens.add(RefreshToken.issue(refresh, session, account, now));
        AccessToken access = tokenIssuer.issue(account, session, now);
        long expiresIn = Math.max(0, Duration.between(now, access.expiresAt()).toSeconds());
        return new TokenPair(access.value(), refresh.reveal(), "Bearer", expiresIn);
    }
}
