package dev.kith.application.account;

import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.account.port.OneTimeTokenRepository;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.port.Transactor;
import dev.kith.domain.account.Account;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.account.OneTimeToken;
import dev.kith.domain.account.Secret;
import dev.kith.domain.account.TokenPurpose;
import java.time.Clock;
import java.time.Instant;

/** Confirms an email address with the token mailed to it. */
public final class VerifyEmail {

    private final Transactor transactor;
    private final AccountRepository accounts;
    private final OneTimeTokenRepository oneTimeTokens;
    private final Clock clock;

    VerifyEmail(Transactor transactor, AccountRepository accounts, OneTimeTokenRepository oneTimeTokens, Clock clock) {
        this.transactor = transactor;
        this.accounts = accounts;
        this.oneTimeTokens = oneTimeTokens;
        this.clock = clock;
    }

    /**
     * Redeems a verification token: single use, valid for 48 hours.
     *
     * @param actor anyone; the token is the proof
     * @param command the token from the mail
     * @throws AccountErrors.InvalidOneTimeToken when the token is unknown, used or expired
     */
    public void execute(Actor actor, Command command) {
        Secret secret = Secret.presented("token", command.token());
        transactor.run(() -> {
            Instant now = clock.instant();
            OneTimeToken token = oneTimeTokens.find(TokenPurpose.EMAIL_VERIFICATION, secret.hash())
                    .filter(found -> found.hash().matches(secret.hash()) && found.isRedeemable(now))
                    .orElseThrow(AccountErrors.InvalidOneTimeToken::new);
            if (!oneTimeTokens.markUsed(token.hash(), now)) {
                throw new AccountErrors.InvalidOneTimeToken();
            }
            Account account = accounts.findById(token.account()).orElseThrow(AccountErrors.InvalidOneTimeToken::new);
            accounts.update(account.verifyEmail(now));
        });
    }

    /** The token from the verification mail. */
    public record Command(String token) {
        @Override
        public String toString() {
            return "Command[***]";
        }
    }
}
