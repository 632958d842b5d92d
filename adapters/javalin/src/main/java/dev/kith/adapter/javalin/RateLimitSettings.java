package dev.kith.adapter.javalin;

import java.util.Objects;

/**
 * The per-client-address limits of the public authentication endpoints, where guessing and flooding
 * happen. Buckets live in memory, so each server node counts on its own.
 *
 * @param enabled {@code false} turns every limit off (bootstrap reads {@code RATE_LIMITS=off})
 * @param register {@code POST /api/v1/auth/register}
 * @param verifyEmail {@code POST /api/v1/auth/verify-email}
 * @param resendVerification {@code POST /api/v1/auth/resend-verification}
 * @param login {@code POST /api/v1/auth/login}
 * @param refresh {@code POST /api/v1/auth/refresh}
 * @param passwordReset {@code POST /api/v1/auth/password-reset}
 * @param passwordResetConfirm {@code POST /api/v1/auth/password-reset/confirm}
 * @param maxTrackedClients how many client addresses each limit remembers; the least recently seen go first
 */
public record RateLimitSettings(boolean enabled, RateLimit register, RateLimit verifyEmail,
                                RateLimit resendVerification, RateLimit login, RateLimit refresh,
                                RateLimit passwordReset, RateLimit passwordResetConfirm, int maxTrackedClients) {

    public RateLimitSettings {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(verifyEmail, "verifyEmail");
        Objects.requireNonNull(resendVerification, "resendVerification");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(refresh, "refresh");
        Objects.requireNonNull(passwordReset, "passwordReset");
        Objects.requireNonNull(passwordResetConfirm, "passwordResetConfirm");
        if (maxTrackedClients < 1) {
            throw new IllegalArgumentException("maxTrackedClients must be positive");
        }
    }

    /**
     * On, with limits a person never meets: register 5/min, login 10/min, refresh 30/min, resend and
     * reset 5/min, verify and confirm 20/min, each allowing its full count at once; 100,000 clients each.
     */
    public static RateLimitSettings defaults() {
        return new RateLimitSettings(true, RateLimit.perMinute(5), RateLimit.perMinute(20), RateLimit.perMinute(5),
                RateLimit.perMinute(10), RateLimit.perMinute(30), RateLimit.perMinute(5), RateLimit.perMinute(20),
                100_000);
    }

    /** The defaults, switched off. */
    public static RateLimitSettings off() {
        return defaults().withEnabled(false);
    }

    public RateLimitSettings withEnabled(boolean value) {
        return new RateLimitSettings(value, register, verifyEmail, resendVerification, login, refresh, passwordReset,
                passwordResetConfirm, maxTrackedClients);
    }

    public RateLimitSettings withRegister(RateLimit value) {
        return new RateLimitSettings(enabled, value, verifyEmail, resendVerification, login, refresh, passwordReset,
                passwordResetConfirm, maxTrackedClients);
    }

    public RateLimitSettings withVerifyEmail(RateLimit value) {
        return new RateLimitSettings(enabled, register, value, resendVerification, login, refresh, passwordReset,
                passwordResetConfirm, maxTrackedClients);
    }

    public RateLimitSettings withResendVerification(RateLimit value) {
        return new RateLimitSettings(enabled, register, verifyEmail, value, login, refresh, passwordReset,
                passwordResetConfirm, maxTrackedClients);
    }

    public RateLimitSettings withLogin(RateLimit value) {
        return new RateLimitSettings(enabled, register, verifyEmail, resendVerification, value, refresh, passwordReset,
                passwordResetConfirm, maxTrackedClients);
    }

    public RateLimitSettings withRefresh(RateLimit value) {
        return new RateLimitSettings(enabled, register, verifyEmail, resendVerification, login, value, passwordReset,
                passwordResetConfirm, maxTrackedClients);
    }

    public RateLimitSettings withPasswordReset(RateLimit value) {
        return new RateLimitSettings(enabled, register, verifyEmail, resendVerification, login, refresh, value,
                passwordResetConfirm, maxTrackedClients);
    }

    public RateLimitSettings withPasswordResetConfirm(RateLimit value) {
        return new RateLimitSettings(enabled, register, verifyEmail, resendVerification, login, refresh, passwordReset,
                value, maxTrackedClients);
    }

    public RateLimitSettings withMaxTrackedClients(int value) {
        return new RateLimitSettings(enabled, register, verifyEmail, resendVerification, login, refresh, passwordReset,
                passwordResetConfirm, value);
    }
}
