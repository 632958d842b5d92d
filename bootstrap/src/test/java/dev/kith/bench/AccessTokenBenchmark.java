package dev.kith.bench;

import dev.kith.adapter.jwt.JwtTokenIssuer;
import dev.kith.application.account.port.TokenIssuer;
import dev.kith.application.account.port.AccessClaims;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.LoginSessionId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-request JWT check: {@code Authenticate} calls {@link TokenIssuer#verify(String, Instant)} with
 * {@code clock.instant()} on every authenticated request; here on the production {@link JwtTokenIssuer}, with
 * a 384-bit key like the one the server generates, on a token it issued a minute earlier.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AccessTokenBenchmark {

    static final AccountId ACCOUNT = new AccountId(UUID.fromString("0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b"));
    static final Instant ISSUED_AT = Instant.parse("2026-11-23T18:00:00Z");

    TokenIssuer issuer;
    Clock clock;
    String token;

    @Setup
    public void setUp() {
        byte[] key = new byte[48];
        new Random(7).nextBytes(key);
        issuer = new JwtTokenIssuer(key);
        token = issuer.issue(ACCOUNT, new LoginSessionId(ACCOUNT.value()), ISSUED_AT).value();
        clock = Clock.fixed(ISSUED_AT.plusSeconds(60), ZoneOffset.UTC);
    }

    /** What {@code Authenticate.execute} does per request, minus wrapping the account in an {@code Actor}. */
    @Benchmark
    public Optional<AccessClaims> verify() {
        return issuer.verify(token, clock.instant());
    }
}
