package dev.kith.adapter.inmemory;

import dev.kith.adapter.inmemory.account.InMemoryAccountErasure;
import dev.kith.adapter.inmemory.account.InMemoryAccountRepository;
import dev.kith.adapter.inmemory.content.InMemoryCommentRepository;
import dev.kith.adapter.inmemory.content.InMemoryContentQueries;
import dev.kith.adapter.inmemory.content.InMemoryLikeRepository;
import dev.kith.adapter.inmemory.content.InMemoryPostRepository;
import dev.kith.adapter.inmemory.graph.InMemoryBlockRepository;
import dev.kith.adapter.inmemory.graph.InMemoryFollowRepository;
import dev.kith.adapter.inmemory.graph.InMemoryGraphQueries;
import dev.kith.adapter.inmemory.profile.InMemoryProfileQueries;
import dev.kith.adapter.inmemory.shared.SocialTables;
import dev.kith.adapter.inmemory.account.InMemoryOneTimeTokenRepository;
import dev.kith.adapter.inmemory.account.InMemoryPasswordHasher;
import dev.kith.adapter.inmemory.account.InMemoryRefreshTokenRepository;
import dev.kith.adapter.inmemory.account.InMemoryRevokedLogins;
import dev.kith.adapter.inmemory.account.InMemoryTokenIssuer;
import dev.kith.adapter.inmemory.shared.InMemoryMailSender;
import dev.kith.adapter.inmemory.shared.InMemoryOutbox;
import dev.kith.adapter.inmemory.shared.InMemorySecretGenerator;
import dev.kith.adapter.inmemory.shared.InMemoryStore;
import dev.kith.adapter.inmemory.shared.InMemoryTransactor;
import dev.kith.adapter.inmemory.shared.SequentialIdGenerator;
import dev.kith.application.Kith;
import dev.kith.application.shared.port.Mail;
import java.net.URI;
import java.time.Clock;
import java.util.List;

/**
 * A complete Kith core on in-memory adapters, for embedders' unit tests and demos: no database, no
 * mail server, no network. Mail stays in memory until {@link #deliverMail()} runs the outbox relay.
 */
public final class InMemoryKith {

    private final Kith kith;
    private final InMemoryMailSender mailSender;
    private final InMemoryOutbox outbox;

    private InMemoryKith(Clock clock) {
        InMemoryStore store = new InMemoryStore();
        this.mailSender = new InMemoryMailSender();
        this.outbox = new InMemoryOutbox(store);
        InMemoryAccountRepository accounts = new InMemoryAccountRepository(store);
        SocialTables social = new SocialTables(store, accounts);
        InMemoryFollowRepository follows = new InMemoryFollowRepository(social);
        this.kith = Kith.builder()
                .clock(clock)
                .publicBaseUrl(URI.create("http://localhost:8080"))
                .transactor(new InMemoryTransactor(store))
                .ids(new SequentialIdGenerator(clock))
                .secrets(new InMemorySecretGenerator())
                .outbox(outbox)
                .mailSender(mailSender)
                .accounts(accounts)
                .oneTimeTokens(new InMemoryOneTimeTokenRepository(store))
                .refreshTokens(new InMemoryRefreshTokenRepository(store))
                .revokedLogins(new InMemoryRevokedLogins(store))
                .passwordHasher(new InMemoryPasswordHasher())
                .tokenIssuer(new InMemoryTokenIssuer())
                .accountErasure(new InMemoryAccountErasure(social))
                .pendingFollowRequests(follows)
                .follows(follows)
                .blocks(new InMemoryBlockRepository(social))
                .graphQueries(new InMemoryGraphQueries(social))
                .profileQueries(new InMemoryProfileQueries(social))
                .posts(new InMemoryPostRepository(social))
                .comments(new InMemoryCommentRepository(social))
                .likes(new InMemoryLikeRepository(social))
                .contentQueries(new InMemoryContentQueries(social))
                .build();
    }

    /** A fresh, empty core reading {@code clock}. */
    public static InMemoryKith create(Clock clock) {
        return new InMemoryKith(clock);
    }

    /** The core. */
    public Kith kith() {
        return kith;
    }

    /** Runs the outbox relay until nothing is due; returns how many messages it delivered. */
    public int deliverMail() {
        int delivered = 0;
        while (true) {
            var result = kith.outboxRelay().execute(100);
            delivered += result.delivered();
            if (result.claimed() == 0 || result.delivered() == 0) {
                return delivered;
            }
        }
    }

    /** Every mail delivered so far, oldest first. */
    public List<Mail> sentMail() {
        return mailSender.sent();
    }

    /** The pretend mail server, to switch it off and on. */
    public InMemoryMailSender mailSender() {
        return mailSender;
    }

    /** The outbox, to see what waits. */
    public InMemoryOutbox outbox() {
        return outbox;
    }
}
