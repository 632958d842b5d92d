package dev.kith.adapter.inmemory;

import dev.kith.application.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kith.adapter.inmemory.account.InMemoryPasswordHasher;
import dev.kith.application.Kith;
import dev.kith.application.account.AccountView;
import dev.kith.application.account.Accounts;
import dev.kith.application.account.DeleteAccount;
import dev.kith.application.account.GetOwnAccount;
import dev.kith.application.account.LogIn;
import dev.kith.application.account.LogOut;
import dev.kith.application.account.RefreshLogin;
import dev.kith.application.account.RegisterAccount;
import dev.kith.application.account.RequestPasswordReset;
import dev.kith.application.account.ResendVerification;
import dev.kith.application.account.ResetPassword;
import dev.kith.application.account.TokenPair;
import dev.kith.application.profile.UpdateProfile;
import dev.kith.application.account.VerifyEmail;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.account.port.PasswordHasher;
import dev.kith.application.account.Authenticate;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.Change;
import dev.kith.application.shared.port.Mail;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.shared.InvalidInput;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The account use cases, end to end on the in-memory core with a clock moved by hand. */
class AccountScenariosTest {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");
    private static final Actor ANYONE = Actor.anonymous();

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T18:00:00Z"));
    private final InMemoryKith core = InMemoryKith.create(clock);
    private final Accounts accounts = core.kith().accounts();

    private AccountView register(String username) {
        return accounts.register().execute(ANYONE,
                new RegisterAccount.Command(username, username + "@example.com", "password of " + username));
    }

    private String lastToken() {
        core.deliverMail();
        List<Mail> mail = core.sentMail();
        Matcher matcher = TOKEN.matcher(mail.get(mail.size() - 1).body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private TokenPair verifiedLogin(String username) {
        register(username);
        accounts.verifyEmail().execute(ANYONE, new VerifyEmail.Command(lastToken()));
        return accounts.logIn().execute(ANYONE, new LogIn.Command(username, "password of " + username));
    }

    private Actor actor(TokenPair pair) {
        return accounts.authenticate().execute(ANYONE, new Authenticate.Command(pair.accessToken()));
    }

    @Test
    void registering_creates_an_unverified_public_account_and_mails_a_link() {
        AccountView view = register("alice");

        assertThat(view.emailVerified()).isFalse();
        assertThat(view.isPrivate()).isFalse();
        assertThat(view.createdAt()).isEqualTo(clock.instant());
        assertThat(core.sentMail()).isEmpty();
        assertThat(core.deliverMail()).isEqualTo(1);
        Mail mail = core.sentMail().get(0);
        assertThat(mail.to()).isEqualTo("alice@example.com");
        assertThat(mail.body()).contains("http://localhost:8080/verify-email?token=");
    }

    @Test
    void registering_reports_every_invalid_field_at_once() {
        assertThatThrownBy(() -> accounts.register().execute(ANYONE, new RegisterAccount.Command("a", "not-an-email", "short")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field())
                        .containsExactly("username", "email", "password"));
    }

    @Test
    void usernames_and_addresses_are_unique_in_any_case() {
        register("alice");

        assertThatThrownBy(() -> accounts.register().execute(ANYONE, new RegisterAccount.Command("ALICE", "other@example.com", "long enough")))
                .isInstanceOf(AccountErrors.UsernameTaken.class);
        assertThatThrownBy(() -> accounts.register().execute(ANYONE, new RegisterAccount.Command("other", "Alice@Example.com", "long enough")))
                .isInstanceOf(AccountErrors.EmailTaken.class);
    }

    @Test
    void logging_in_before_verifying_is_refused_only_after_the_password_is_right() {
        register("alice");

        assertThatThrownBy(() -> accounts.logIn().execute(ANYONE, new LogIn.Command("alice", "wrong password")))
                .isInstanceOf(AccountErrors.InvalidCredentials.class);
        assertThatThrownBy(() -> accounts.logIn().execute(ANYONE, new LogIn.Command("alice", "password of alice")))
                .isInstanceOf(AccountErrors.EmailNotVerified.class);
    }

    @Test
    void a_verification_token_works_once_and_not_after_48_hours() {
        register("alice");
        String token = lastToken();
        accounts.verifyEmail().execute(ANYONE, new VerifyEmail.Command(token));

        assertThatThrownBy(() -> accounts.verifyEmail().execute(ANYONE, new VerifyEmail.Command(token)))
                .isInstanceOf(AccountErrors.InvalidOneTimeToken.class);

        register("bob");
        String late = lastToken();
        clock.advance(Duration.ofHours(48));
        assertThatThrownBy(() -> accounts.verifyEmail().execute(ANYONE, new VerifyEmail.Command(late)))
                .isInstanceOf(AccountErrors.InvalidOneTimeToken.class);
    }

    @Test
    void logs_in_by_username_or_email_in_any_case() {
        verifiedLogin("alice");

        assertThat(accounts.logIn().execute(ANYONE, new LogIn.Command("ALICE", "password of alice")).tokenType()).isEqualTo("Bearer");
        assertThat(accounts.logIn().execute(ANYONE, new LogIn.Command(" Alice@EXAMPLE.com ", "password of alice")).expiresIn()).isEqualTo(900);
        assertThatThrownBy(() -> accounts.logIn().execute(ANYONE, new LogIn.Command("nobody", "password of alice")))
                .isInstanceOf(AccountErrors.InvalidCredentials.class);
    }

    @Test
    void resending_verification_mails_only_unverified_accounts_and_never_tells() {
        verifiedLogin("alice");
        register("bob");
        core.deliverMail();
        int before = core.sentMail().size();
        clock.advance(Duration.ofMinutes(1));

        accounts.resendVerification().execute(ANYONE, new ResendVerification.Command("alice@example.com"));
        accounts.resendVerification().execute(ANYONE, new ResendVerification.Command("nobody@example.com"));
        accounts.resendVerification().execute(ANYONE, new ResendVerification.Command("BOB@example.com"));

        assertThat(core.deliverMail()).isEqualTo(1);
        assertThat(core.sentMail().subList(before, core.sentMail().size())).extracting(Mail::to).containsExactly("bob@example.com");
    }

    @Test
    void asking_again_within_a_minute_sends_no_second_mail_but_answers_the_same() {
        verifiedLogin("alice");
        accounts.requestPasswordReset().execute(ANYONE, new RequestPasswordReset.Command("alice@example.com"));
        assertThat(core.deliverMail()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(59));
        accounts.requestPasswordReset().execute(ANYONE, new RequestPasswordReset.Command("alice@example.com"));
        assertThat(core.deliverMail()).isZero();

        clock.advance(Duration.ofSeconds(1));
        accounts.requestPasswordReset().execute(ANYONE, new RequestPasswordReset.Command("alice@example.com"));
        assertThat(core.deliverMail()).isEqualTo(1);

        register("bob");
        core.deliverMail();
        accounts.resendVerification().execute(ANYONE, new ResendVerification.Command("bob@example.com"));
        assertThat(core.deliverMail()).as("the sign-up mail went out just now").isZero();
    }

    @Test
    void housekeeping_deletes_expired_tokens_and_dead_logins_only() {
        TokenPair login = verifiedLogin("alice");
        register("bob");

        assertThat(accounts.purgeExpiredTokens().execute()).isEqualTo(new dev.kith.application.account.PurgeExpiredTokens.Purged(0, 0, 0, 0));
        clock.advance(Duration.ofHours(48).plusSeconds(1));
        assertThat(accounts.purgeExpiredTokens().execute().oneTimeTokens()).isEqualTo(2);
        assertThat(accounts.refreshLogin().execute(ANYONE, new RefreshLogin.Command(login.refreshToken()))).isNotNull();

        clock.advance(Duration.ofDays(31));
        assertThat(accounts.purgeExpiredTokens().execute().logins()).isEqualTo(1);
    }

    @Test
    void refresh_tokens_rotate_and_reusing_a_spent_one_revokes_the_whole_login() {
        TokenPair first = verifiedLogin("alice");
        TokenPair second = accounts.refreshLogin().execute(ANYONE, new RefreshLogin.Command(first.refreshToken()));
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());

        assertThatThrownBy(() -> accounts.refreshLogin().execute(ANYONE, new RefreshLogin.Command(first.refreshToken())))
                .isInstanceOf(AccountErrors.InvalidRefreshToken.class);
        assertThatThrownBy(() -> accounts.refreshLogin().execute(ANYONE, new RefreshLogin.Command(second.refreshToken())))
                .isInstanceOf(AccountErrors.InvalidRefreshToken.class);
        // whoever holds the access tokens of that login is signed out too
        assertThatThrownBy(() -> actor(second)).isInstanceOf(AccountErrors.InvalidAccessToken.class);
        assertThatThrownBy(() -> actor(first)).isInstanceOf(AccountErrors.InvalidAccessToken.class);
    }

    @Test
    void a_refresh_token_expires_after_30_days() {
        TokenPair pair = verifiedLogin("alice");
        clock.advance(Duration.ofDays(30));

        assertThatThrownBy(() -> accounts.refreshLogin().execute(ANYONE, new RefreshLogin.Command(pair.refreshToken())))
                .isInstanceOf(AccountErrors.InvalidRefreshToken.class);
    }

    @Test
    void logging_out_ends_that_login_only() {
        TokenPair phone = verifiedLogin("alice");
        TokenPair laptop = accounts.logIn().execute(ANYONE, new LogIn.Command("alice", "password of alice"));
        TokenPair bob = verifiedLogin("bob");

        Actor alice = actor(phone);
        accounts.logOut().execute(alice, new LogOut.Command(phone.refreshToken()));
        accounts.logOut().execute(alice, new LogOut.Command(phone.refreshToken()));
        accounts.logOut().execute(alice, new LogOut.Command(bob.refreshToken()));

        // the access token of the ended login stops at once; the other logins' tokens work on
        assertThatThrownBy(() -> actor(phone)).isInstanceOf(AccountErrors.InvalidAccessToken.class);
        assertThat(actor(laptop).accountId()).isEqualTo(alice.accountId());
        assertThat(actor(bob).accountId()).isPresent();

        assertThatThrownBy(() -> accounts.refreshLogin().execute(ANYONE, new RefreshLogin.Command(phone.refreshToken())))
                .isInstanceOf(AccountErrors.InvalidRefreshToken.class);
        assertThat(accounts.refreshLogin().execute(ANYONE, new RefreshLogin.Command(laptop.refreshToken()))).isNotNull();
        assertThat(accounts.refreshLogin().execute(ANYONE, new RefreshLogin.Command(bob.refreshToken()))).isNotNull();
    }

    @Test
    void resetting_the_password_signs_out_everywhere_and_the_token_works_once() {
        TokenPair login = verifiedLogin("alice");
        accounts.requestPasswordReset().execute(ANYONE, new RequestPasswordReset.Command("alice@example.com"));
        String token = lastToken();

        accounts.resetPassword().execute(ANYONE, new ResetPassword.Command(token, "a brand new password"));

        assertThatThrownBy(() -> accounts.refreshLogin().execute(ANYONE, new RefreshLogin.Command(login.refreshToken())))
                .isInstanceOf(AccountErrors.InvalidRefreshToken.class);
        assertThatThrownBy(() -> actor(login)).isInstanceOf(AccountErrors.InvalidAccessToken.class);
        assertThatThrownBy(() -> accounts.logIn().execute(ANYONE, new LogIn.Command("alice", "password of alice")))
                .isInstanceOf(AccountErrors.InvalidCredentials.class);
        TokenPair afterwards = accounts.logIn().execute(ANYONE, new LogIn.Command("alice", "a brand new password"));
        assertThat(actor(afterwards).accountId()).isPresent();
        assertThatThrownBy(() -> accounts.resetPassword().execute(ANYONE, new ResetPassword.Command(token, "another new password")))
                .isInstanceOf(AccountErrors.InvalidOneTimeToken.class);
    }

    @Test
    void registering_refuses_a_common_password_and_one_that_is_the_username_or_email() {
        for (String password : List.of("password", "12345678", "QWERTYUIOP", "Alice_Liddell", "alice.liddell@EXAMPLE.com",
                "ALICE.LIDDELL")) {
            assertThatThrownBy(() -> accounts.register().execute(ANYONE,
                    new RegisterAccount.Command("alice_liddell", "alice.liddell@example.com", password)))
                    .as(password)
                    .isInstanceOfSatisfying(InvalidInput.class, e -> {
                        assertThat(e.code()).isEqualTo("validation_failed");
                        assertThat(e.errors()).extracting(error -> error.field()).containsExactly("password");
                    });
        }
        assertThat(core.deliverMail()).as("nothing was registered").isZero();

        assertThat(accounts.register().execute(ANYONE,
                new RegisterAccount.Command("alice_liddell", "alice.liddell@example.com", "alice_liddell in wonderland"))
                .username()).isEqualTo("alice_liddell");
    }

    @Test
    void resetting_refuses_a_common_password_and_the_username_and_keeps_the_token_for_a_better_one() {
        verifiedLogin("alice_liddell");
        accounts.requestPasswordReset().execute(ANYONE, new RequestPasswordReset.Command("alice_liddell@example.com"));
        String token = lastToken();

        for (String password : List.of("baseball", "iloveyou", "ALICE_LIDDELL", "Alice_Liddell@example.com")) {
            assertThatThrownBy(() -> accounts.resetPassword().execute(ANYONE, new ResetPassword.Command(token, password)))
                    .as(password)
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                            .extracting(error -> error.field()).containsExactly("newPassword"));
        }
        assertThatThrownBy(() -> accounts.logIn().execute(ANYONE, new LogIn.Command("alice_liddell", "baseball")))
                .isInstanceOf(AccountErrors.InvalidCredentials.class);

        accounts.resetPassword().execute(ANYONE, new ResetPassword.Command(token, "a brand new password"));

        assertThat(accounts.logIn().execute(ANYONE, new LogIn.Command("alice_liddell", "a brand new password"))).isNotNull();
    }

    @Test
    void a_reset_token_expires_after_an_hour_and_unknown_addresses_get_no_mail() {
        verifiedLogin("alice");
        int before = core.sentMail().size();
        accounts.requestPasswordReset().execute(ANYONE, new RequestPasswordReset.Command("nobody@example.com"));
        assertThat(core.deliverMail()).isZero();
        assertThat(core.sentMail()).hasSize(before);

        accounts.requestPasswordReset().execute(ANYONE, new RequestPasswordReset.Command("alice@example.com"));
        String token = lastToken();
        clock.advance(Duration.ofHours(1));

        assertThatThrownBy(() -> accounts.resetPassword().execute(ANYONE, new ResetPassword.Command(token, "a brand new password")))
                .isInstanceOf(AccountErrors.InvalidOneTimeToken.class);
    }

    @Test
    void a_password_reset_also_proves_the_address() {
        register("alice");
        accounts.requestPasswordReset().execute(ANYONE, new RequestPasswordReset.Command("alice@example.com"));
        accounts.resetPassword().execute(ANYONE, new ResetPassword.Command(lastToken(), "a brand new password"));

        assertThat(accounts.logIn().execute(ANYONE, new LogIn.Command("alice", "a brand new password"))).isNotNull();
    }

    @Test
    void updating_the_profile_sets_clears_and_keeps_fields() {
        Actor alice = actor(verifiedLogin("alice"));

        AccountView set = core.kith().profiles().updateProfile().execute(alice, new UpdateProfile.Command(
                Change.set("  Alice Ünïcode 🌍 "), Change.set("bio\nsecond line"), Change.keep(), Optional.of(true)));
        assertThat(set.displayName()).contains("Alice Ünïcode 🌍");
        assertThat(set.bio()).contains("bio\nsecond line");
        assertThat(set.isPrivate()).isTrue();

        AccountView cleared = core.kith().profiles().updateProfile().execute(alice, new UpdateProfile.Command(
                Change.clear(), Change.keep(), Change.clear(), Optional.empty()));
        assertThat(cleared.displayName()).isEmpty();
        assertThat(cleared.bio()).contains("bio\nsecond line");
        assertThat(cleared.isPrivate()).isTrue();
        assertThat(accounts.getOwnAccount().execute(alice, new GetOwnAccount.Query())).isEqualTo(cleared);
    }

    @Test
    void refuses_control_characters_overlong_text_and_unknown_avatars() {
        Actor alice = actor(verifiedLogin("alice"));

        assertThatThrownBy(() -> core.kith().profiles().updateProfile().execute(alice, new UpdateProfile.Command(
                Change.set("nul\u0000byte"), Change.keep(), Change.keep(), Optional.empty())))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> core.kith().profiles().updateProfile().execute(alice, new UpdateProfile.Command(
                Change.keep(), Change.set("x".repeat(301)), Change.keep(), Optional.empty())))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> core.kith().profiles().updateProfile().execute(alice, new UpdateProfile.Command(
                Change.keep(), Change.keep(), Change.set("0190a000-0000-7000-8000-000000000000"), Optional.empty())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("avatarMediaId"));
    }

    @Test
    void deleting_the_account_needs_its_password_and_keeps_its_names_for_30_days() {
        TokenPair login = verifiedLogin("alice");
        Actor alice = actor(login);

        assertThatThrownBy(() -> accounts.deleteAccount().execute(alice, new DeleteAccount.Command("wrong password")))
                .isInstanceOf(AccountErrors.WrongPassword.class);
        accounts.deleteAccount().execute(alice, new DeleteAccount.Command("password of alice"));

        assertThatThrownBy(() -> accounts.getOwnAccount().execute(alice, new GetOwnAccount.Query()))
                .isInstanceOf(AccountErrors.InvalidAccessToken.class);
        assertThatThrownBy(() -> actor(login)).isInstanceOf(AccountErrors.InvalidAccessToken.class);
        assertThatThrownBy(() -> accounts.refreshLogin().execute(ANYONE, new RefreshLogin.Command(login.refreshToken())))
                .isInstanceOf(AccountErrors.InvalidRefreshToken.class);
        assertThatThrownBy(() -> register("alice")).isInstanceOf(AccountErrors.UsernameTaken.class);
        assertThatThrownBy(() -> accounts.register().execute(ANYONE, new RegisterAccount.Command("alice2", "ALICE@example.com",
                "a long enough password"))).isInstanceOf(AccountErrors.EmailTaken.class);
        clock.advance(DeleteAccount.NAMES_RESERVED_FOR.minusSeconds(1));
        assertThatThrownBy(() -> register("alice")).isInstanceOf(AccountErrors.UsernameTaken.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(accounts.purgeExpiredTokens().execute().nameReservations()).isEqualTo(2);
        assertThat(register("alice").username()).isEqualTo("alice");
    }

    @Test
    void an_access_token_stops_working_after_15_minutes() {
        TokenPair login = verifiedLogin("alice");
        clock.advance(Duration.ofMinutes(15));

        assertThatThrownBy(() -> actor(login)).isInstanceOf(AccountErrors.InvalidAccessToken.class);
        assertThatThrownBy(() -> accounts.getOwnAccount().execute(ANYONE, new GetOwnAccount.Query()))
                .isInstanceOf(AccountErrors.InvalidAccessToken.class);
    }

    @Test
    void mail_queued_while_the_mail_server_is_down_is_sent_once_it_is_back() {
        core.mailSender().available(false);
        register("alice");

        assertThat(core.deliverMail()).isZero();
        assertThat(core.outbox().pending()).isEqualTo(1);

        core.mailSender().available(true);
        assertThat(core.deliverMail()).isZero();
        clock.advance(Duration.ofSeconds(5));
        assertThat(core.deliverMail()).isEqualTo(1);
        assertThat(core.sentMail()).extracting(Mail::to).containsExactly("alice@example.com");
        assertThat(core.outbox().pending()).isZero();
    }

    @Test
    void a_hash_made_with_weaker_parameters_is_upgraded_at_the_next_login() {
        InMemoryAdapters adapters = InMemoryAdapters.create(clock);
        AccountRepository repository = adapters.accounts().accounts();
        Kith weak = core(adapters, new InMemoryPasswordHasher(10));
        Kith strong = core(adapters, new InMemoryPasswordHasher(1_000));
        weak.accounts().register().execute(ANYONE, new RegisterAccount.Command("alice", "alice@example.com", "password of alice"));
        var account = repository.findByUsername(new dev.kith.domain.account.Username("alice")).orElseThrow();
        repository.update(account.verifyEmail(clock.instant()));
        assertThat(repository.findById(account.id()).orElseThrow().passwordHash().encoded()).startsWith("$pbkdf2-sha256$i=10$");

        strong.accounts().logIn().execute(ANYONE, new LogIn.Command("alice", "password of alice"));

        assertThat(repository.findById(account.id()).orElseThrow().passwordHash().encoded()).startsWith("$pbkdf2-sha256$i=1000$");
        assertThat(strong.accounts().logIn().execute(ANYONE, new LogIn.Command("alice", "password of alice"))).isNotNull();
    }

    /** A core on {@code adapters}' data that hashes with {@code hasher}. */
    private Kith core(InMemoryAdapters adapters, InMemoryPasswordHasher hasher) {
        return InMemoryKith.builder(clock, adapters)
                .publicBaseUrl(URI.create("https://kith.example"))
                .override(PasswordHasher.class, hasher)
                .build()
                .kith();
    }
}
