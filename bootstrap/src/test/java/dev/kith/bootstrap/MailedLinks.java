package dev.kith.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the links of the mail the server wrote as .eml files to {@code DATA_DIR/outbox}, by recipient. */
final class MailedLinks {

    private MailedLinks() {
    }

    /** The token of the first {@code page} link (verify-email, reset-password) in a mail to {@code address}. */
    static Optional<String> tokenFor(Path dataDir, String address, String page) {
        Path outbox = dataDir.resolve("outbox");
        if (!Files.isDirectory(outbox)) {
            return Optional.empty();
        }
        Pattern link = Pattern.compile(page + "\\?token=([A-Za-z0-9_-]+)");
        try (Stream<Path> files = Files.list(outbox)) {
            for (Path mail : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                String text = Files.readString(mail);
                Matcher matcher = link.matcher(text);
                if (text.contains("To: " + address) && matcher.find()) {
                    return Optional.of(matcher.group(1));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The verification token mailed to {@code address}. */
    static Optional<String> verificationTokenFor(Path dataDir, String address) {
        return tokenFor(dataDir, address, "verify-email");
    }
}
