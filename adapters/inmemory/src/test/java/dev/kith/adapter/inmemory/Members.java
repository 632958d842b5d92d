package dev.kith.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.application.Kith;
import dev.kith.application.account.Authenticate;
import dev.kith.application.account.LogIn;
import dev.kith.application.account.RegisterAccount;
import dev.kith.application.account.VerifyEmail;
import dev.kith.application.shared.Actor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Signs accounts up on an in-memory core as users do: register, verify from the mail, log in. */
final class Members {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    private static final Actor ANYONE = Actor.anonymous();

    private Members() {
    }

    /** A verified, signed-in account named {@code username}, whose password is "password of {username}". */
    static Actor signUp(InMemoryKith core, String username) {
        Kith kith = core.kith();
        kith.accounts().register().execute(ANYONE, new RegisterAccount.Command(username, username + "@example.com", "password of " + username));
        core.deliverMail();
        Matcher matcher = TOKEN.matcher(core.sentMail().get(core.sentMail().size() - 1).body());
        assertThat(matcher.find()).isTrue();
        kith.accounts().verifyEmail().execute(ANYONE, new VerifyEmail.Command(matcher.group(1)));
        String access = kith.accounts().logIn().execute(ANYONE, new LogIn.Command(username, "password of " + username)).accessToken();
        return kith.accounts().authenticate().execute(ANYONE, new Authenticate.Command(access));
    }
}
