package dev.kith.adapter.javalin.account;

import dev.kith.application.account.TokenPair;

/**
 * The body of a 200 from login and refresh.
 *
 * @param accessToken the bearer token for {@code Authorization}
 * @param refreshToken the single-use token for {@code POST /api/v1/auth/refresh}
 * @param tokenType always {@code Bearer}
 * @param expiresIn seconds until the access token expires
 */
public record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn) {

    static TokenResponse of(TokenPair pair) {
        return new TokenResponse(pair.accessToken(), pair.refreshToken(), pair.tokenType(), pair.expiresIn());
    }

    @Override
    public String toString() {
        return "TokenResponse[expiresIn=" + expiresIn + "]";
    }
}
