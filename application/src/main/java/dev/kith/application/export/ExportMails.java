package dev.kith.application.export;

import dev.kith.application.shared.port.Mail;
import dev.kith.domain.account.Account;
import dev.kith.domain.export.Export;

/** The texts of the mails the export context sends. */
final class ExportMails {

    private final ExportLinks links;

    ExportMails(ExportLinks links) {
        this.links = links;
    }

    Mail ready(Account account, Export export) {
        return new Mail(account.email().value(), "Your Kith archive is ready", """
                Hello %s,

                the archive of your Kith account you asked for is ready. Download it from this link, which works
                without signing in until the archive is deleted (keep it to yourself):

                %s

                It is kept until %s, then deleted. README.txt inside explains every file.

                If you did not ask for it, change your password: someone else may be signed in as you.
                """.formatted(account.username(), links.signedDownload(export), export.expiresAt().orElseThrow()));
    }
}
