package dev.kith.application.account;

import dev.kith.application.account.port.AccountPorts;
import dev.kith.application.media.Attachments;
import dev.kith.application.shared.ContextFacade;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.Links;
import dev.kith.application.shared.OutboxHandler;
import dev.kith.application.shared.OutgoingMail;
import dev.kith.application.shared.port.SharedPorts;
import java.time.Clock;
import java.util.Map;

/** The use cases of the account context, wired to their ports. Thread-safe. */
public final class Accounts implements ContextFacade {

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

    /**
     * Wires the account use cases to their ports; {@link dev.kith.application.Kith} calls this for you.
     *
     * @param media the media context's attachments, which show an account's avatar
     * @param links builds the links that mails carry, from the public base URL
     * @param events where an erasure records {@code AccountEvent.AccountErased} for the other contexts
     */
    public Accounts(SharedPorts shared, AccountPorts ports, Attachments media, Links links, DomainEvents events, Clock clock) {
        var transactor = shared.transactor();
        var accounts = ports.accounts();
        var oneTimeTokens = ports.oneTimeTokens();
        var refreshTokens = ports.refreshTokens();
        var revokedLogins = ports.revokedLogins();
        var hasher = ports.passwordHasher();
        var secrets = shared.secrets();
        var ids = shared.ids();
        var mail = new OutgoingMail(shared.outbox(), ids);
        AccountMails mails = new AccountMails(links);
        Sessions sessions = new Sessions(refreshTokens, ports.tokenIssuer(), secrets, ids);
        MailedTokens mailedTokens = new MailedTokens(transactor, accounts, oneTimeTokens, secrets, mail, clock);
        this.register = new RegisterAccount(transactor, accounts, oneTimeTokens, ports.reservations(), hasher, secrets, ids,
                mail, mails, clock);
        this.verifyEmail = new VerifyEmail(transactor, accounts, oneTimeTokens, clock);
        this.resendVerification = new ResendVerification(mailedTokens, mails);
        this.logIn = new LogIn(transactor, accounts, hasher, sessions, clock);
        this.refreshLogin = new RefreshLogin(transactor, refreshTokens, revokedLogins, sessions, clock);
        this.logOut = new LogOut(transactor, refreshTokens, revokedLogins, clock);
        this.requestPasswordReset = new RequestPasswordReset(mailedTokens, mails);
        this.resetPassword = new ResetPassword(transactor, accounts, oneTimeTokens, refreshTokens, revokedLogins, hasher, clock);
        this.getOwnAccount = new GetOwnAccount(accounts, media);
        this.deleteAccount = new DeleteAccount(transactor, accounts, ports.erasure(), hasher, revokedLogins,
                ports.reservations(), events, clock);
        this.authenticate = new Authenticate(ports.tokenIssuer(), revokedLogins, clock);
        this.purgeExpiredTokens = new PurgeExpiredTokens(transactor, oneTimeTokens, refreshTokens, revokedLogins,
                ports.reservations(), clock);
    }

    /** None: the mail this context queues is delivered by the core's shared mail handler. */
    @Override
    public Map<String, OutboxHandler> outboxHandlers() {
        return Map.of();
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
