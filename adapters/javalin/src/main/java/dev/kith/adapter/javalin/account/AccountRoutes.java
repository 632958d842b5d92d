package dev.kith.adapter.javalin.account;

import dev.kith.adapter.javalin.RateLimit;
import dev.kith.adapter.javalin.RateLimitSettings;
import dev.kith.adapter.javalin.internal.BearerAuthentication;
import dev.kith.adapter.javalin.internal.JsonBodies;
import dev.kith.adapter.javalin.internal.RateLimiter;
import dev.kith.adapter.javalin.internal.Routes;
import dev.kith.application.account.Accounts;
import dev.kith.application.account.GetOwnAccount;
import dev.kith.application.media.MediaLinks;
import dev.kith.application.shared.Actor;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Accounts and authentication: registration, email verification, login with rotating refresh tokens,
 * password reset and the signed-in account ({@code /api/v1/me}). Each handler parses, calls one use
 * case and renders; the rules live in the core.
 */
public final class AccountRoutes implements Routes {

    private static final AcceptedResponse VERIFICATION_ACCEPTED = new AcceptedResponse(
            "If an unverified account has this address, a new verification email is on its way.");
    private static final AcceptedResponse RESET_ACCEPTED = new AcceptedResponse(
            "If an account has this address, a password reset email is on its way.");

    private final Accounts accounts;
    private final MediaLinks links;
    private final BearerAuthentication authentication;
    private final JsonBodies bodies;
    private final RateLimitSettings limits;

    /** Serves {@code accounts}, limiting the public endpoints per client address as {@code limits} say. */
    public AccountRoutes(Accounts accounts, MediaLinks links, BearerAuthentication authentication, JsonBodies bodies,
                         RateLimitSettings limits) {
        this.accounts = accounts;
        this.links = links;
        this.authentication = authentication;
        this.bodies = bodies;
        this.limits = limits;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/api/v1/auth/register", limited("registration", limits.register(), this::register));
        routes.post("/api/v1/auth/verify-email", limited("verification", limits.verifyEmail(), this::verifyEmail));
        routes.post("/api/v1/auth/resend-verification",
                limited("resend", limits.resendVerification(), this::resendVerification));
        routes.post("/api/v1/auth/login", limited("login", limits.login(), this::logIn));
        routes.post("/api/v1/auth/refresh", limited("refresh", limits.refresh(), this::refresh));
        routes.post("/api/v1/auth/logout", this::logOut);
        routes.post("/api/v1/auth/password-reset",
                limited("password reset", limits.passwordReset(), this::requestPasswordReset));
        routes.post("/api/v1/auth/password-reset/confirm",
                limited("password reset", limits.passwordResetConfirm(), this::resetPassword));
        routes.get("/api/v1/me", this::getOwnAccount);
        routes.delete("/api/v1/me", this::deleteAccount);
    }

    private void register(Context ctx) {
        RegisterRequest request = bodies.parse(ctx, RegisterRequest.FIELDS, RegisterRequest::from);
        ctx.status(201).json(RegisterResponse.of(accounts.register().execute(Actor.anonymous(), request.toCommand())));
    }

    private void verifyEmail(Context ctx) {
        VerifyEmailRequest request = bodies.parse(ctx, VerifyEmailRequest.FIELDS, VerifyEmailRequest::from);
        accounts.verifyEmail().execute(Actor.anonymous(), request.toCommand());
        ctx.json(new VerifyEmailResponse(true));
    }

    private void resendVerification(Context ctx) {
        ResendVerificationRequest request =
                bodies.parse(ctx, ResendVerificationRequest.FIELDS, ResendVerificationRequest::from);
        accounts.resendVerification().execute(Actor.anonymous(), request.toCommand());
        ctx.status(202).json(VERIFICATION_ACCEPTED);
    }

    private void logIn(Context ctx) {
        LoginRequest request = bodies.parse(ctx, LoginRequest.FIELDS, LoginRequest::from);
        ctx.json(TokenResponse.of(accounts.logIn().execute(Actor.anonymous(), request.toCommand())));
    }

    private void refresh(Context ctx) {
        RefreshRequest request = bodies.parse(ctx, RefreshRequest.FIELDS, RefreshRequest::from);
        ctx.json(TokenResponse.of(accounts.refreshLogin().execute(Actor.anonymous(), request.toCommand())));
    }

    private void logOut(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        LogoutRequest request = bodies.parse(ctx, LogoutRequest.FIELDS, LogoutRequest::from);
        accounts.logOut().execute(actor, request.toCommand());
        ctx.status(204);
    }

    private void requestPasswordReset(Context ctx) {
        PasswordResetRequest request = bodies.parse(ctx, PasswordResetRequest.FIELDS, PasswordResetRequest::from);
        accounts.requestPasswordReset().execute(Actor.anonymous(), request.toCommand());
        ctx.status(202).json(RESET_ACCEPTED);
    }

    private void resetPassword(Context ctx) {
        PasswordResetConfirmRequest request =
                bodies.parse(ctx, PasswordResetConfirmRequest.FIELDS, PasswordResetConfirmRequest::from);
        accounts.resetPassword().execute(Actor.anonymous(), request.toCommand());
        ctx.status(204);
    }

    private void getOwnAccount(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        ctx.json(AccountResponse.of(accounts.getOwnAccount().execute(actor, new GetOwnAccount.Query()), links));
    }

    private void deleteAccount(Context ctx) {
        Actor actor = authentication.signedIn(ctx);
        DeleteAccountRequest request = bodies.parse(ctx, DeleteAccountRequest.FIELDS, DeleteAccountRequest::from);
        accounts.deleteAccount().execute(actor, request.toCommand());
        ctx.status(204);
    }

    private Handler limited(String name, RateLimit limit, Handler handler) {
        return RateLimiter.of(name, limit, limits.enabled(), limits.maxTrackedClients()).guard(handler);
    }
}
