package dev.kith.adapter.inmemory;

import dev.kith.application.account.port.AccountErasure;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.account.port.PendingFollowRequests;
import dev.kith.application.content.port.CommentRepository;
import dev.kith.application.content.port.ContentQueries;
import dev.kith.application.content.port.LikeRepository;
import dev.kith.application.content.port.PostRepository;
import dev.kith.application.graph.port.BlockRepository;
import dev.kith.application.graph.port.FollowRepository;
import dev.kith.application.graph.port.GraphQueries;
import dev.kith.application.profile.port.ProfileQueries;
import dev.kith.application.shared.port.Transactor;
import dev.kith.application.testing.SocialPortsContract;
import java.time.Clock;

/** One fresh set of in-memory adapters, as {@link InMemoryKith} wires them, by the names the contract tests use. */
final class InMemoryPorts {

    private final InMemoryAdapters adapters = InMemoryAdapters.create(Clock.systemUTC());
    final Transactor transactor = adapters.shared().transactor();
    final AccountRepository accounts = adapters.accounts().accounts();
    final AccountErasure erasure = adapters.accounts().erasure();
    final PendingFollowRequests pendingFollowRequests = adapters.accounts().pendingFollowRequests();
    final FollowRepository follows = adapters.graph().follows();
    final BlockRepository blocks = adapters.graph().blocks();
    final GraphQueries graph = adapters.graph().queries();
    final ProfileQueries profiles = adapters.profiles().queries();
    final PostRepository posts = adapters.content().posts();
    final CommentRepository comments = adapters.content().comments();
    final LikeRepository likes = adapters.content().likes();
    final ContentQueries content = adapters.content().queries();
    final dev.kith.application.media.port.MediaRepository media = adapters.media().media();
    final dev.kith.application.notification.port.NotificationRepository notifications = adapters.notifications().notifications();
    final dev.kith.application.notification.port.StreamLog streamLog = adapters.notifications().log();

    /** The records, as the contract suites take them. */
    SocialPortsContract.SocialPorts social() {
        return new SocialPortsContract.SocialPorts(adapters.shared(), adapters.accounts(), adapters.graph(), adapters.profiles(),
                adapters.content(), java.util.Optional.of(adapters.groups()));
    }
}
