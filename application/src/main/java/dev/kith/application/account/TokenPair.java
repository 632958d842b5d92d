package dev.kith.application.account;

/** The tokens a login or refresh hands out: a short-lived access token and its refresh token. */
public record TokenPair(String accessToken, String refreshToken, String tokenType, long expiresIn) {

    @Override
    public String toString() {
        return "TokenPair[expiresIn=" + expiresIn + "]";
    }
}
