package dev.kith.bench;

import dev.kith.adapter.inmemory.InMemoryKith;
import dev.kith.application.Kith;
import dev.kith.application.account.RegisterAccount;
import dev.kith.application.profile.UpdateProfile;
import dev.kith.application.graph.AnswerFollowRequest;
import dev.kith.application.graph.BlockAccount;
import dev.kith.application.graph.FollowAccount;
import dev.kith.application.graph.VisibilityPolicy;
import dev.kith.application.shared.Actor;
import dev.kith.application.shared.Change;
import dev.kith.domain.account.AccountErrors;
import dev.kith.domain.account.AccountId;
import dev.kith.domain.graph.Audience;
import dev.kith.domain.graph.Relationship;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The visibility decision every use case makes before it shows an account's content:
 * {@link VisibilityPolicy#content(AccountId, AccountId)}, the production policy of an {@link InMemoryKith}
 * core (so the lookup is {@code InMemoryGraphQueries.audience}, not SQL), for one viewer and three authors:
 * a public stranger, a private account the viewer follows (request accepted), and one that blocks the viewer.
 * {@link #rulesOnly} is the domain's {@link Audience} rules without the lookup, for scale.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class VisibilityBenchmark {

    VisibilityPolicy policy;
    AccountId viewer;
    AccountId publicAuthor;
    AccountId privateAuthor;
    AccountId blocker;
    List<Audience> audiences;

    @Setup
    public void setUp() {
        InMemoryKith core = InMemoryKith.create(Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC));
        Kith kith = core.kith();
        viewer = register(kith, "viewer");
        publicAuthor = register(kith, "public_author");
        privateAuthor = register(kith, "private_author");
        blocker = register(kith, "blocker");
        Actor viewerActor = Actor.account(viewer);
        Actor privateActor = Actor.account(privateAuthor);

        kith.profiles().updateProfile().execute(privateActor,
                new UpdateProfile.Command(Change.keep(), Change.keep(), Change.keep(), Optional.of(true)));
        kith.graph().follow().execute(viewerActor, new FollowAccount.Command("private_author"));
        kith.graph().answerFollowRequest().execute(privateActor, new AnswerFollowRequest.Command("viewer", true));
        kith.graph().block().execute(Actor.account(blocker), new BlockAccount.Command("viewer", true));

        policy = kith.graph().visibility();
        audiences = List.of(
                new Audience(viewer, publicAuthor, false, Relationship.NONE),
                new Audience(viewer, privateAuthor, true, new Relationship(true, false, false, false, false)),
                new Audience(viewer, blocker, false, new Relationship(false, false, false, false, true)));
    }

    private static AccountId register(Kith kith, String username) {
        String id = kith.accounts().register().execute(Actor.anonymous(),
                new RegisterAccount.Command(username, username + "@example.com", "password of " + username)).id();
        return new AccountId(UUID.fromString(id));
    }

    /** A public author's content, seen by a stranger: visible. */
    @Benchmark
    public Optional<Audience> publicAuthor() {
        return content(viewer, publicAuthor);
    }

    /** A private author's content, seen by an accepted follower: visible. */
    @Benchmark
    public Optional<Audience> privateAuthorFollowed() {
        return content(viewer, privateAuthor);
    }

    /** The content of an author who blocks the viewer: absent (the use case answers 404). */
    @Benchmark
    public Optional<Audience> blockedByAuthor() {
        return content(viewer, blocker);
    }

    /** The domain rules alone on the three cases' audiences: how many may see content (2). */
    @Benchmark
    public int rulesOnly() {
        int visible = 0;
        for (Audience audience : audiences) {
            if (audience.seesContent()) {
                visible++;
            }
        }
        return visible;
    }

    private Optional<Audience> content(AccountId viewer, AccountId owner) {
        try {
            return Optional.of(policy.content(viewer, owner));
        } catch (AccountErrors.AccountNotFound hidden) {
            return Optional.empty();
        }
    }
}
