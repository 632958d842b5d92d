package dev.kith.adapter.inmemory.shared;

import dev.kith.application.shared.port.SecretGenerator;
import dev.kith.application.shared.port.SecretGeneratorContract;

class InMemorySecretGeneratorTest extends SecretGeneratorContract {

    @Override
    protected SecretGenerator secrets() {
        return new InMemorySecretGenerator();
    }
}
