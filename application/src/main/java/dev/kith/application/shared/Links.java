package dev.kith.application.shared;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Builds the absolute links Kith hands out in emails, from the server's public base URL. */
public record Links(URI publicBaseUrl) {

    public Links {
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        if (!publicBaseUrl.isAbsolute()) {
            throw new IllegalArgumentException("the public base URL must be absolute: " + publicBaseUrl);
        }
        String text = publicBaseUrl.toString();
        publicBaseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    /** The page that confirms an email address. */
    public String verifyEmail(String token) {
        return publicBaseUrl + "/verify-email?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** The page that sets a new password. */
    public String resetPassword(String token) {
        return publicBaseUrl + "/reset-password?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
