package dev.kith.application.export;

import dev.kith.domain.export.Export;
import dev.kith.domain.export.ExportId;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.time.Instant;
import java.util.Optional;

/** The links of exports, from the server's public base URL. */
final class ExportLinks {

    private static final String MAC = "HmacSHA256";

    private final String base;
    private final SecretKeySpec key;

    /**
     * @param linkKey the key that signs the mailed links (the media links' key: the same on every node; the
     *     signed text starts with {@code export}, which no media key does, so the two never stand for each other)
     */
    ExportLinks(URI publicBaseUrl, byte[] linkKey) {
        String text = publicBaseUrl.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.key = new SecretKeySpec(linkKey, MAC);
    }

    /** Where the owner downloads the archive (signed in). */
    String download(ExportId id) {
        return base + "/api/v1/me/exports/" + id + "/download";
    }

    /**
     * The link the mail carries: the download with {@code expires} (the archive's expiry) and a signature,
     * which opens the archive without signing in, from a mail client's browser, until it expires.
     */
    String signedDownload(Export export) {
        long expires = export.expiresAt().orElseThrow().getEpochSecond();
        return download(export.id()) + "?expires=" + expires + "&signature=" + signature(export.id(), expires);
    }

    /** Whether {@code signature} is the one {@link #signedDownload} makes for that export and expiry. */
    boolean permits(ExportId id, long expires, String signature) {
        return signature != null && MessageDigest.isEqual(signature(id, expires).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(ExportId id, long expires) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(key);
            byte[] sum = mac.doFinal(("export\n" + id + "\n" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sum);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    ExportView view(Export export, Instant now) {
        return new ExportView(export, export.downloadable(now) ? Optional.of(download(export.id())) : Optional.empty());
    }
}
