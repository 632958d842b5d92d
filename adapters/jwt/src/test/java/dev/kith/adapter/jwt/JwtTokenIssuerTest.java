package dev.kith.adapter.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import dev.kith.application.account.port.AccessClaims;
import dev.kith.application.account.port.AccessToken;
import dev.kith.application.account.port.TokenIssuer;
import dev.kith.application.account.port.TokenIssuerContract;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.LoginSessionId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JwtTokenIssuerTest extends TokenIssuerContract {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final Instant NOW = Instant.parse("2026-11-23T18:00:00.123456Z");
    private static final UUID ACCOUNT = UUID.fromString("0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b");
    private static final LoginSessionId SESSION = new LoginSessionId(UUID.fromString("0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2c"));

    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private final JwtTokenIssuer issuer = new JwtTokenIssuer(KEY);

    @Override
    protected TokenIssuer issuer() {
        return issuer;
    }

    @Test
    void writes_issuer_audience_subject_and_times_into_the_token() {
        AccessToken token = issuer.issue(new AccountId(ACCOUNT), SESSION, NOW);
        DecodedJWT jwt = JWT.decode(token.value());

        assertThat(jwt.getAlgorithm()).isEqualTo("HS256");
        assertThat(jwt.getIssuer()).isEqualTo("kith");
        assertThat(jwt.getAudience()).containsExactly("kith-api");
        assertThat(jwt.getSubject()).isEqualTo(ACCOUNT.toString());
        assertThat(jwt.getIssuedAtAsInstant()).isEqualTo(Instant.parse("2026-11-23T18:00:00Z"));
        assertThat(jwt.getExpiresAtAsInstant()).isEqualTo(Instant.parse("2026-11-23T18:15:00Z"));
    }

    @Test
    void refuses_a_key_shorter_than_256_bits_and_says_why() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new JwtTokenIssuer(new byte[31]))
                .withMessageContaining("at least 32 bytes")
                .withMessageContaining("31 bytes");
    }

    @Test
    void tolerates_a_minute_of_clock_skew_after_expiry() {
        AccessToken token = issuer.issue(new AccountId(ACCOUNT), SESSION, NOW);

        assertThat(issuer.verify(token.value(), token.expiresAt().plusSeconds(59))).contains(new AccessClaims(new AccountId(ACCOUNT), SESSION));
    }

    @Test
    void refuses_a_token_issued_more_than_a_minute_in_the_future() {
        AccessToken token = issuer.issue(new AccountId(ACCOUNT), SESSION, NOW);

        assertThat(issuer.verify(token.value(), NOW.minusSeconds(120))).isEmpty();
    }

    @Test
    void checks_each_call_at_its_own_time_while_other_threads_check_at_theirs() throws Exception {
        // One verifier serves every call; the time it checks expiry against is each call's own "now".
        String token = issuer.issue(new AccountId(ACCOUNT), SESSION, NOW).value();
        Instant valid = NOW.plusSeconds(60);
        Instant expired = NOW.plusSeconds(900 + 61);
        onEveryThread(4, 20_000, (thread, i) -> {
            boolean late = thread % 2 == 1;
            return issuer.verify(token, late ? expired : valid).isPresent() != late;
        });
    }

    @Test
    void refuses_a_payload_changed_after_signing() {
        String[] parts = issuer.issue(new AccountId(ACCOUNT), SESSION, NOW).value().split("\\.");
        String otherPayload = JWT.create().withIssuer("kith").withAudience("kith-api")
                .withSubject(UUID.randomUUID().toString()).withIssuedAt(NOW).withExpiresAt(NOW.plusSeconds(900))
                .sign(Algorithm.HMAC256(KEY)).split("\\.")[1];

        assertThat(issuer.verify(parts[0] + "." + otherPayload + "." + parts[2], NOW)).isEmpty();
        assertThat(issuer.verify(parts[0] + "." + parts[1] + "." + parts[2], NOW)).contains(new AccessClaims(new AccountId(ACCOUNT), SESSION));
    }

    @Test
    void keeps_signatures_apart_when_more_threads_check_than_it_keeps_macs_for() throws Exception {
        // Good and forged tokens interleaved on many threads: no check may see another's HMAC state.
        String good = issuer.issue(new AccountId(ACCOUNT), SESSION, NOW).value();
        String forged = new JwtTokenIssuer("another key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII))
                .issue(new AccountId(ACCOUNT), SESSION, NOW).value();
        onEveryThread(16, 5_000, (thread, i) -> {
            boolean honest = (i + thread) % 2 == 0;
            return issuer.verify(honest ? good : forged, NOW).isPresent() == honest;
        });
    }

    /** Runs {@code check(thread, i)} {@code rounds} times on each of {@code count} threads at once; all must hold. */
    private static void onEveryThread(int count, int rounds, BiPredicate<Integer, Integer> check) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            List<Future<Boolean>> calls = new ArrayList<>();
            for (int t = 0; t < count; t++) {
                int thread = t;
                calls.add(threads.submit(() -> {
                    for (int i = 0; i < rounds; i++) {
                        if (!check.test(thread, i)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> call : calls) {
                assertThat(call.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void refuses_a_token_signed_with_another_key() {
        JwtTokenIssuer other = new JwtTokenIssuer("another key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII));

        assertThat(issuer.verify(other.issue(new AccountId(ACCOUNT), SESSION, NOW).value(), NOW)).isEmpty();
    }

    @Test
    void refuses_an_unsigned_token() {
        assertThat(issuer.verify(valid(b -> b).sign(Algorithm.none()), NOW)).isEmpty();
    }

    @Test
    void refuses_a_token_signed_with_another_algorithm_even_with_the_right_key() {
        assertThat(issuer.verify(valid(b -> b).sign(Algorithm.HMAC512(KEY)), NOW)).isEmpty();
    }

    @Test
    void refuses_a_token_with_the_alg_header_swapped_to_none() {
        String[] parts = issuer.issue(new AccountId(ACCOUNT), SESSION, NOW).value().split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(issuer.verify(none + "." + parts[1] + ".", NOW)).isEmpty();
        assertThat(issuer.verify(none + "." + parts[1] + "." + parts[2], NOW)).isEmpty();
    }

    @Test
    void refuses_a_token_from_another_issuer() {
        assertThat(issuer.verify(valid(b -> b.withIssuer("someone-else")).sign(Algorithm.HMAC256(KEY)), NOW)).isEmpty();
        assertThat(issuer.verify(new JwtTokenIssuer(KEY, "someone-else", "kith-api")
                .issue(new AccountId(ACCOUNT), SESSION, NOW).value(), NOW)).isEmpty();
    }

    @Test
    void refuses_a_token_for_another_audience() {
        assertThat(issuer.verify(valid(b -> b.withAudience("kith-admin")).sign(Algorithm.HMAC256(KEY)), NOW)).isEmpty();
        assertThat(issuer.verify(new JwtTokenIssuer(KEY, "kith", "kith-admin")
                .issue(new AccountId(ACCOUNT), SESSION, NOW).value(), NOW)).isEmpty();
    }

    @Test
    void refuses_a_signature_respelled_in_its_unused_trailing_bits() {
        for (int i = 0; i < 200; i++) {
            String token = issuer.issue(new AccountId(UUID.randomUUID()), SESSION, NOW).value();
            char last = token.charAt(token.length() - 1);
            // Base64url digits whose low two bits differ from the last character's, and nothing else.
            char respelled = BASE64URL.charAt((BASE64URL.indexOf(last) & ~3) | ((BASE64URL.indexOf(last) + 1) & 3));
            String sameSignatureBytes = token.substring(0, token.length() - 1) + respelled;

            assertThat(Base64.getUrlDecoder().decode(sameSignatureBytes.substring(sameSignatureBytes.lastIndexOf('.') + 1)))
                    .isEqualTo(Base64.getUrlDecoder().decode(token.substring(token.lastIndexOf('.') + 1)));
            assertThat(issuer.verify(sameSignatureBytes, NOW)).isEmpty();
            assertThat(issuer.verify(token, NOW)).isPresent();
        }
    }

    @Test
    void refuses_a_token_without_an_expiry() {
        String token = JWT.create().withIssuer("kith").withAudience("kith-api").withSubject(ACCOUNT.toString())
                .withClaim("sid", SESSION.value().toString()).withIssuedAt(NOW).sign(Algorithm.HMAC256(KEY));

        assertThat(issuer.verify(token, NOW)).isEmpty();
    }

    @Test
    void refuses_a_token_without_an_issue_time() {
        String token = JWT.create().withIssuer("kith").withAudience("kith-api").withSubject(ACCOUNT.toString())
                .withClaim("sid", SESSION.value().toString()).withExpiresAt(NOW.plusSeconds(900)).sign(Algorithm.HMAC256(KEY));

        assertThat(issuer.verify(token, NOW)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-a-uuid", "1-2-3-4-5", "0190A1B2-C3D4-7E5F-8A6B-7C8D9E0F1A2B"})
    void refuses_a_token_whose_subject_is_not_an_account_id(String subject) {
        assertThat(issuer.verify(valid(b -> b.withSubject(subject)).sign(Algorithm.HMAC256(KEY)), NOW)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-a-uuid", "1-2-3-4-5", "0190A1B2-C3D4-7E5F-8A6B-7C8D9E0F1A2C"})
    void refuses_a_token_whose_login_is_not_a_login_id(String sid) {
        assertThat(issuer.verify(valid(b -> b.withClaim("sid", sid)).sign(Algorithm.HMAC256(KEY)), NOW)).isEmpty();
    }

    @Test
    void refuses_a_token_without_a_login() {
        String token = JWT.create().withIssuer("kith").withAudience("kith-api").withSubject(ACCOUNT.toString())
                .withIssuedAt(NOW).withExpiresAt(NOW.plusSeconds(900)).sign(Algorithm.HMAC256(KEY));

        assertThat(issuer.verify(token, NOW)).isEmpty();
    }

    @Test
    void refuses_a_token_without_a_subject() {
        String token = JWT.create().withIssuer("kith").withAudience("kith-api").withIssuedAt(NOW)
                .withExpiresAt(NOW.plusSeconds(900)).sign(Algorithm.HMAC256(KEY));

        assertThat(issuer.verify(token, NOW)).isEmpty();
    }

    @Test
    void accepts_a_hand_built_token_with_the_expected_claims() {
        assertThat(issuer.verify(valid(b -> b).sign(Algorithm.HMAC256(KEY)), NOW)).contains(new AccessClaims(new AccountId(ACCOUNT), SESSION));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.b.c", "..", "a.b", "eyJhbGciOiJIUzI1NiJ9.e30.", "eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.c2ln",
            "e30.e30.e30", "🐎.🐎.🐎", " ", "Bearer x.y.z"})
    void never_throws_on_garbage(String garbage) {
        assertThat(issuer.verify(garbage, NOW)).isEmpty();
        assertThat(issuer.verify(garbage.repeat(1000), NOW)).isEmpty();
    }

    private static JWTCreator.Builder valid(UnaryOperator<JWTCreator.Builder> change) {
        return change.apply(JWT.create()
                .withIssuer("kith")
                .withAudience("kith-api")
                .withSubject(ACCOUNT.toString())
                .withClaim("sid", SESSION.value().toString())
                .withIssuedAt(NOW)
                .withExpiresAt(NOW.plusSeconds(900)));
    }
}
