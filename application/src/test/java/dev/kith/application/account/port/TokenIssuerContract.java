package dev.kith.application.account.port;

import static dev.kith.application.account.port.AccountFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.domain.account.AccountId;
import dev.kith.domain.account.LoginSessionId;
import org.junit.jupiter.api.Test;

/** What every {@link TokenIssuer} does; extend it for each adapter. */
public abstract class TokenIssuerContract {

    protected abstract TokenIssuer issuer();

    @Test
    void a_token_speaks_for_its_account_until_it_expires() {
        AccountId account = new AccountId(AccountFixtures.uuid());
        LoginSessionId session = new LoginSessionId(AccountFixtures.uuid());
        AccessToken token = issuer().issue(account, session, T0);

        assertThat(token.expiresAt()).isEqualTo(T0.plus(TokenIssuer.ACCESS_TOKEN_LIFETIME));
        assertThat(issuer().verify(token.value(), T0)).contains(new AccessClaims(account, session));
        assertThat(issuer().verify(token.value(), T0.plus(TokenIssuer.ACCESS_TOKEN_LIFETIME).minusSeconds(1)))
                .contains(new AccessClaims(account, session));
        assertThat(issuer().verify(token.value(), T0.plus(TokenIssuer.ACCESS_TOKEN_LIFETIME).plusSeconds(61))).isEmpty();
    }

    @Test
    void refuses_garbage_and_tampered_tokens() {
        AccessToken token = issuer().issue(new AccountId(AccountFixtures.uuid()), new LoginSessionId(AccountFixtures.uuid()), T0);
        String value = token.value();
        // change a character in the middle, where every bit counts (a signature's last base64 character has spare bits)
        int middle = value.length() / 2;
        char original = value.charAt(middle);
        String tampered = value.substring(0, middle) + (original == 'A' ? 'B' : 'A') + value.substring(middle + 1);

        assertThat(issuer().verify(tampered, T0)).isEmpty();
        assertThat(issuer().verify("", T0)).isEmpty();
        assertThat(issuer().verify("not.a.token", T0)).isEmpty();
        assertThat(issuer().verify("\u0000", T0)).isEmpty();
    }
}
