package dev.kith.application.account;

import dev.kith.application.account.port.AccountErasure;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.account.port.PendingFollowRequests;
import dev.kith.application.account.port.OneTimeTokenRepository;
import dev.kith.application.account.port.PasswordHasher;
import dev.kith.application.account.port.RefreshTokenRepository;
import dev.kith.application.account.port.RevokedLogins;
import dev.kith.application.account.port.TokenIssuer;
import dev.kith.application.shared.Links;
import dev.kith.application.shared.OutgoingMail;
import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.SecretGenerator;
import dev.kith.application.shared.port.Transactor;
import java.time.Clock;

/** The use cases of the account context, wired to their ports. Thread-safe. */
public final class Accounts {

    private final RegisterAccount register;
    private final VerifyEmail verifyEmail;
    private final ResendVerification resendVerification;
    private final LogIn logIn;
    private final RefreshLogin refreshLogin;
    private final LogOut logOut;
    private final RequestPasswordReset requestPasswordReset;
    private final ResetPassword resetPassword;
    private final GetOwnAccount getOwnAccount;
    private final DeleteAccount deleteAccount;
    private final Authenticate authenticate;
    private final PurgeExpiredTokens purgeExpiredTokens;

    /** Wires the account use cases; {@link dev.kith.application.Kith} calls this for you. */
    public Accounts(Transactor transactor, AccountRepository accounts, OneTimeTokenRepository oneTimeTokens,
                    RefreshTokenRepository refreshTokens, RevokedLogins revokedLogins, AccountErasure erasure, PendingFollowRequests pendingFollowRequests,
                    PasswordHasher hasher, TokenIssuer tokenIssuer, SecretGenerator secrets, IdGenerator ids,
                    OutgoingMail mail, Links links, Clock clock) {
        AccountMails mails = new AccountMails(links);
        Sessions sessions = new Sessions(refreshTokens, tokenIssuer, secrets, ids);
        MailedTokens mailedTokens = new MailedTokens(transactor, accounts, oneTimeTokens, secrets, mail, clock);
        this.register = new RegisterAccount(transactor, accounts, oneTimeTokens, hasher, secrets, ids, mail, mails, clock);
        this.verifyEmail = new VerifyEmail(transactor, accounts, oneTimeTokens, clock);
        this.resendVerification = new ResendVerification(mailedTokens, mails);
        this.logIn = new LogIn(transactor, accounts, hasher, sessions, clock);
        this.refreshLogin = new RefreshLogin(transactor, refreshTokens, revokedLogins, sessions, clock);
        this.logOut = new LogOut(transactor, refreshTokens, revokedLogins, clock);
        this.requestPasswordReset = new RequestPasswordReset(mailedTokens, mails);
        this.resetPassword = new ResetPassword(transactor, accounts, oneTimeTokens, refreshTokens, revokedLogins, hasher, clock);
        this.getOwnAccount = new GetOwnAccount(accounts);
        this.deleteAccount = new DeleteAccount(transactor, accounts, erasure, hasher, revokedLogins, clock);
        this.authenticate = new Authenticate(tokenIssuer, revokedLogins, clock);
        this.purgeExpiredTokens = new PurgeExpiredTokens(transactor, oneTimeTokens, refreshTokens, revokedLogins, clock);
    }

    public RegisterAccount register() {
        return register;
    }

    public VerifyEmail verifyEmail() {
        return verifyEmail;
    }

    public ResendVerification resendVerification() {
        return resendVerification;
    }

    public LogIn logIn() {
        return logIn;
    }

    public RefreshLogin refreshLogin() {
        return refreshLogin;
    }

    public LogOut logOut() {
        return logOut;
    }

    public RequestPasswordReset requestPasswordReset() {
        return requestPasswordReset;
    }

    public ResetPassword resetPassword() {
        return resetPassword;
    }

    public GetOwnAccount getOwnAccount() {
        return getOwnAccount;
    }

    public DeleteAccount deleteAccount() {
        return deleteAccount;
    }

    public Authenticate authenticate() {
        return authenticate;
    }

    public PurgeExpiredTokens purgeExpiredTokens() {
        return purgeExpiredTokens;
    }
}
