package dev.kith.adapter.inmemory.account;

import dev.kith.application.account.port.TokenIssuer;
import dev.kith.application.account.port.TokenIssuerContract;

class InMemoryTokenIssuerTest extends TokenIssuerContract {

    private final InMemoryTokenIssuer issuer = new InMemoryTokenIssuer();

    @Override
    protected TokenIssuer issuer() {
        return issuer;
    }
}
