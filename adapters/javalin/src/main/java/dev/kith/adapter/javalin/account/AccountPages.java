package dev.kith.adapter.javalin.account;

import dev.kith.adapter.javalin.internal.Routes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The two pages the links in account mails open: {@code /verify-email} and {@code /reset-password}. Each
 * is a small static page whose script posts the link's token to the JSON API when the person acts, so a
 * mail scanner that merely fetches the link changes nothing. The pages allow exactly their own script
 * (by hash) and requests to this origin.
 */
public final class AccountPages implements Routes {

    private final Page verifyEmail = Page.load("verify-email");
    private final Page resetPassword = Page.load("reset-password");

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/verify-email", verifyEmail::serve);
        routes.get("/reset-password", resetPassword::serve);
    }

    private record Page(String html, String contentSecurityPolicy) {

        static Page load(String name) {
            String script = resource(name + ".js");
            String html = resource(name + ".html").replace("{{SCRIPT}}", script);
            return new Page(html, "default-src 'none'; script-src '" + sha256(script) + "'; style-src 'unsafe-inline'; "
                    + "connect-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'");
        }

        void serve(Context ctx) {
            ctx.header("Content-Security-Policy", contentSecurityPolicy);
            ctx.contentType("text/html; charset=utf-8");
            ctx.result(html);
        }

        private static String resource(String name) {
            try (InputStream in = AccountPages.class.getResourceAsStream("/dev/kith/adapter/javalin/pages/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing page resource " + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String sha256(String script) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
                return "sha256-" + Base64.getEncoder().encodeToString(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required of every JVM", e);
            }
        }
    }
}
