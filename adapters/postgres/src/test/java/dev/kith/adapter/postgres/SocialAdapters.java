package dev.kith.adapter.postgres;

import dev.kith.application.account.port.AccountErasure;
import dev.kith.application.account.port.AccountPorts;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.account.port.PasswordHasher;
import dev.kith.application.account.port.PendingFollowRequests;
import dev.kith.application.account.port.RevokedLogins;
import dev.kith.application.account.port.TokenIssuer;
import dev.kith.application.content.port.CommentRepository;
import dev.kith.application.content.port.ContentPorts;
import dev.kith.application.content.port.ContentQueries;
import dev.kith.application.content.port.LikeRepository;
import dev.kith.application.content.port.PostRepository;
import dev.kith.application.graph.port.BlockRepository;
import dev.kith.application.graph.port.FollowRepository;
import dev.kith.application.graph.port.GraphPorts;
import dev.kith.application.graph.port.GraphQueries;
import dev.kith.application.group.port.GroupPorts;
import dev.kith.application.profile.port.ProfilePorts;
import dev.kith.application.profile.port.ProfileQueries;
import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.MailSender;
import dev.kith.application.shared.port.SecretGenerator;
import dev.kith.application.shared.port.SharedPorts;
import dev.kith.application.shared.port.Transactor;
import dev.kith.application.testing.Changes;
import dev.kith.application.testing.SocialPortsContract;
import java.lang.reflect.Proxy;
import org.jdbi.v3.core.Jdbi;

/**
 * Every PostgreSQL adapter on one {@link Jdbi}, from {@link PostgresAdapters} as bootstrap wires them, by
 * the names the tests use. The ports PostgreSQL does not implement are left out: calling one fails.
 */
public record SocialAdapters(SharedPorts sharedPorts, AccountPorts accountPorts, GraphPorts graphPorts,
                             ProfilePorts profilePorts, ContentPorts contentPorts, GroupPorts groupPorts) {

    /** The adapters on {@code jdbi}. */
    public static SocialAdapters on(Jdbi jdbi) {
        return of(PostgresAdapters.on(jdbi));
    }

    /** The adapters of {@code postgres}. */
    public static SocialAdapters of(PostgresAdapters postgres) {
        return new SocialAdapters(
                postgres.shared(absent(IdGenerator.class), absent(SecretGenerator.class), absent(MailSender.class)),
                postgres.accounts(absent(RevokedLogins.class), absent(PasswordHasher.class), absent(TokenIssuer.class)),
                postgres.graph(), postgres.profiles(), postgres.content(), postgres.groups());
    }

    private static <P> P absent(Class<P> port) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[]{port}, (proxy, method, args) -> {
            throw new UnsupportedOperationException(port.getSimpleName() + " is not PostgreSQL's: not part of these tests");
        }));
    }

    public AccountRepository accounts() {
        return accountPorts.accounts();
    }

    public AccountErasure erasure() {
        return accountPorts.erasure();
    }

    public PendingFollowRequests pendingFollowRequests() {
        return accountPorts.pendingFollowRequests();
    }

    public FollowRepository follows() {
        return graphPorts.follows();
    }

    public BlockRepository blocks() {
        return graphPorts.blocks();
    }

    public GraphQueries graph() {
        return graphPorts.queries();
    }

    public ProfileQueries profiles() {
        return profilePorts.queries();
    }

    public PostRepository posts() {
        return contentPorts.posts();
    }

    public CommentRepository comments() {
        return contentPorts.comments();
    }

    public LikeRepository likes() {
        return contentPorts.likes();
    }

    public ContentQueries content() {
        return contentPorts.queries();
    }

    /** The records, as the contract suites take them. */
    public SocialPortsContract.SocialPorts ports() {
        return new SocialPortsContract.SocialPorts(sharedPorts, accountPorts, graphPorts, profilePorts, contentPorts,
                java.util.Optional.of(groupPorts));
    }

    /** Changes through these ports as the use cases make them, with the events that feed the home feed. */
    public Changes changes() {
        return new Changes(ports());
    }

    public Transactor transactor() {
        return sharedPorts.transactor();
    }
}
