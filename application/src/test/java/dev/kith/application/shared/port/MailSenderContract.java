package dev.kith.application.shared.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link MailSender} does; extend it for each adapter. */
public abstract class MailSenderContract {

    protected abstract MailSender sender();

    /** Every mail the adapter has delivered so far, read back from where it delivered them, waiting if needed. */
    protected abstract List<Mail> delivered(int atLeast);

    @Test
    void delivers_a_plain_text_mail_with_unicode_intact() {
        Mail mail = new Mail("zoe@example.com", "Bienvenue, Zoë 🌍", """
                Hello Zoë,

                open https://kith.example/verify-email?token=abc_DEF-123 within 48 hours.
                Ünïcödé stays ünïcödé; long lines stay whole: %s
                """.formatted("x".repeat(200)));

        sender().send(mail);

        assertThat(delivered(1)).anySatisfy(got -> {
            assertThat(got.to()).isEqualTo(mail.to());
            assertThat(got.subject()).isEqualTo(mail.subject());
            assertThat(got.body().replace("\r\n", "\n").strip()).isEqualTo(mail.body().strip());
        });
    }
}
