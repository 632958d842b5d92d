package com.example.social;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kith.adapter.inmemory.InMemoryKith;
import dev.kith.application.account.Accounts;
import dev.kith.application.account.LogIn;
import dev.kith.application.account.RegisterAccount;
import dev.kith.application.account.TokenPair;
import dev.kith.application.account.VerifyEmail;
import dev.kith.application.shared.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignUpTest {

    private final InMemoryKith core =
            InMemoryKith.create(Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC));
    private final Accounts accounts = core.kith().accounts();

    @Test
    void a_new_member_can_log_in_after_verifying_their_email() {
        accounts.register().execute(Actor.anonymous(),
                new RegisterAccount.Command("alice", "alice@example.com", "correct horse battery"));

        core.deliverMail();                                   // runs the outbox relay
        String body = core.sentMail().get(0).body();          // the verification mail
        String token = body.replaceAll("(?s).*token=([A-Za-z0-9_-]+).*", "$1");
        accounts.verifyEmail().execute(Actor.anonymous(), new VerifyEmail.Command(token));

        TokenPair tokens = accounts.logIn().execute(Actor.anonymous(),
                new LogIn.Command("alice", "correct horse battery"));
        assertThat(tokens.tokenType()).isEqualTo("Bearer");
    }
}
