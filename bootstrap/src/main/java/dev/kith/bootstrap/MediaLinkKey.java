package dev.kith.bootstrap;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that signs the server's media links, derived from the JWT signing key (HMAC-SHA256 of a fixed
 * label), so every node that shares {@code JWT_SECRET} (or the data directory's generated key) signs and
 * checks the same links, and a media link is never a valid JWT signature.
 */
final class MediaLinkKey {

    private MediaLinkKey() {
    }

    static byte[] from(byte[] jwtKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(jwtKey, "HmacSHA256"));
            return mac.doFinal("kith media links v1".getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
