package dev.kith.adapter.jwt;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.kith.application.account.port.AccessClaims;
import dev.kith.application.account.port.AccessToken;
import dev.kith.application.account.port.TokenIssuer;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.LoginSessionId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues access tokens as HS256-signed JWTs whose subject is the account id and whose {@code sid} claim is
 * the login they belong to, and checks them. Thread-safe.
 *
 * <p>Verification pins the algorithm to HS256 (so {@code alg: none} and key-confusion tricks fail), checks
 * issuer and audience, requires {@code exp} and {@code iat}, and allows {@value #LEEWAY_SECONDS} seconds of
 * clock skew between the servers that issue and the servers that check.
 */
public final class JwtTokenIssuer implements TokenIssuer {

    /** The issuer when none is given. */
    public static final String DEFAULT_ISSUER = "kith";
    /** The audience when none is given. */
    public static final String DEFAULT_AUDIENCE = "kith-api";
    /** The shortest signing key accepted: HS256 needs a key at least as long as its 256-bit output. */
    public static final int MIN_KEY_BYTES = 32;

    /** The claim naming the login (session) a token belongs to, so that revoking the login stops the token. */
    static final String SESSION_CLAIM = "sid";

    private static final long LEEWAY_SECONDS = 60;
    private static final Base64.Encoder SIGNATURE_ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder SIGNATURE_DECODER = Base64.getUrlDecoder();

    private final Algorithm algorithm;
    private final String issuer;
    private final String audience;
    private final CallTime callTime = new CallTime();
    private final JWTVerifier verifier;

    /** An issuer with the default issuer ({@value #DEFAULT_ISSUER}) and audience ({@value #DEFAULT_AUDIENCE}). */
    public JwtTokenIssuer(byte[] key) {
        this(key, DEFAULT_ISSUER, DEFAULT_AUDIENCE);
    }

    /**
     * An issuer that signs with {@code key} and accepts only tokens signed with it.
     *
     * @param key the HMAC-SHA256 secret, at least {@value #MIN_KEY_BYTES} random bytes; every server that
     *     checks tokens needs the same key, and changing it signs everyone out within one token lifetime
     * @param issuer written as {@code iss} and required of every token checked
     * @param audience written as {@code aud} and required of every token checked
     * @throws IllegalArgumentException if the key is shorter than {@value #MIN_KEY_BYTES} bytes, or the
     *     issuer or audience is blank
     */
    public JwtTokenIssuer(byte[] key, String issuer, String audience) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the JWT signing key must be at least " + MIN_KEY_BYTES
                    + " bytes (256 bits) for HS256, but it is " + key.length + " bytes");
        }
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("the JWT issuer must not be blank");
        }
        if (audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("the JWT audience must not be blank");
        }
        // Copied so a caller clearing or reusing its array cannot change the key under us.
        byte[] ownKey = Arrays.copyOf(key, key.length);
        this.algorithm = Algorithm.HMAC256(ownKey);
        this.issuer = issuer;
        this.audience = audience;
        this.verifier = ((JWTVerifier.BaseVerification) JWT.require(new PooledHs256(ownKey))
                .withIssuer(issuer)
                .withAudience(audience)
                .withClaimPresence("sub")
                .withClaimPresence(SESSION_CLAIM)
                .withClaimPresence("exp")
                .withClaimPresence("iat")
                .acceptLeeway(LEEWAY_SECONDS))
                .build(callTime);
    }

    @Override
    public AccessToken issue(AccountId account, LoginSessionId session, Instant now) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(now, "now");
        Instant expiresAt = now.plus(ACCESS_TOKEN_LIFETIME);
        String token = JWT.create()
                .withIssuer(issuer)
                .withAudience(audience)
                .withSubject(account.value().toString())
                .withClaim(SESSION_CLAIM, session.value().toString())
                .withIssuedAt(now)
                .withExpiresAt(expiresAt)
                .sign(algorithm);
        return new AccessToken(token, expiresAt);
    }

    @Override
    public Optional<AccessClaims> verify(String token, Instant now) {
        if (token == null || token.isEmpty() || now == null || !hasCanonicalSignature(token)) {
            return Optional.empty();
        }
        callTime.set(now);
        try {
            DecodedJWT jwt = verifier.verify(token);
            Optional<UUID> account = canonicalUuid(jwt.getSubject());
            Optional<UUID> session = canonicalUuid(jwt.getClaim(SESSION_CLAIM).asString());
            if (account.isEmpty() || session.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new AccessClaims(new AccountId(account.get()), new LoginSessionId(session.get())));
        } catch (JWTVerificationException | IllegalArgumentException notOurs) {
            // Bad signature, wrong claims, expired or undecodable.
            return Optional.empty();
        } finally {
            callTime.clear();
        }
    }

    // Base64url leaves 2 unused bits in the last character of a 32-byte signature, and decoders ignore them, so
    // "...A" and "...B" carry the same signature. Accepting only the canonical spelling makes every valid token
    // have exactly one string form, which matters to anything that compares or stores tokens as text.
    private static boolean hasCanonicalSignature(String token) {
        String signature = token.substring(token.lastIndexOf('.') + 1);
        try {
            return SIGNATURE_ENCODER.encodeToString(SIGNATURE_DECODER.decode(signature)).equals(signature);
        } catch (IllegalArgumentException notBase64url) {
            return false;
        }
    }

    private static Optional<UUID> canonicalUuid(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // UUID.fromString also accepts short forms such as "1-2-3-4-5"; only the canonical form we write counts.
        UUID parsed = UUID.fromString(text);
        return parsed.toString().equals(text) ? Optional.of(parsed) : Optional.empty();
    }

    /**
     * The clock of the one verifier: the "now" of the {@code verify} call running on the reading thread.
     * java-jwt's verifier is immutable and thread-safe, and reads its clock only while it checks {@code exp},
     * {@code iat} and {@code nbf}, inside {@link JWTVerifier#verify(String)}; the port hands each call its own
     * "now" rather than a clock, so the verifier is built once with this clock instead of once per call with
     * {@code Clock.fixed(now)} (a verifier, its claim checks and their maps on every request).
     */
    private static final class CallTime extends Clock {

        private final ThreadLocal<Instant> now;
        private final ZoneId zone;

        CallTime() {
            this(new ThreadLocal<>(), ZoneOffset.UTC);
        }

        private CallTime(ThreadLocal<Instant> now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void set(Instant instant) {
            now.set(instant);
        }

        void clear() {
            now.remove();
        }

        @Override
        public Instant instant() {
            Instant instant = now.get();
            if (instant == null) {
                throw new IllegalStateException("the verifier's clock is read only inside verify");
            }
            return instant;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        /** The same calls' times, seen in {@code newZone}. */
        @Override
        public Clock withZone(ZoneId newZone) {
            return new CallTime(now, newZone);
        }
    }
}
