package dev.kith.adapter.postgres;

import dev.kith.adapter.postgres.account.PostgresAccountErasure;
import dev.kith.adapter.postgres.account.PostgresAccountRepository;
import dev.kith.adapter.postgres.account.PostgresNameReservations;
import dev.kith.adapter.postgres.account.PostgresOneTimeTokenRepository;
import dev.kith.adapter.postgres.account.PostgresRefreshTokenRepository;
import dev.kith.adapter.postgres.content.PostgresCommentRepository;
import dev.kith.adapter.postgres.content.PostgresContentQueries;
import dev.kith.adapter.postgres.content.PostgresHomeFeed;
import dev.kith.adapter.postgres.content.PostgresLikeRepository;
import dev.kith.adapter.postgres.content.PostgresPostRepository;
import dev.kith.adapter.postgres.graph.PostgresBlockRepository;
import dev.kith.adapter.postgres.graph.PostgresFollowRepository;
import dev.kith.adapter.postgres.graph.PostgresGraphQueries;
import dev.kith.adapter.postgres.group.PostgresGroupQueries;
import dev.kith.adapter.postgres.group.PostgresGroupRepository;
import dev.kith.adapter.postgres.group.PostgresMembershipRepository;
import dev.kith.adapter.postgres.group.PostgresModerationLog;
import dev.kith.adapter.postgres.media.PostgresMediaRepository;
import dev.kith.adapter.postgres.notification.PostgresNotificationRepository;
import dev.kith.adapter.postgres.notification.PostgresStreamLog;
import dev.kith.adapter.postgres.internal.HomeFeedFanOut;
import dev.kith.adapter.postgres.profile.PostgresProfileQueries;
import dev.kith.adapter.postgres.shared.JdbiTransactor;
import dev.kith.adapter.postgres.shared.PostgresOutbox;
import dev.kith.adapter.postgres.story.PostgresStoryQueries;
import dev.kith.adapter.postgres.story.PostgresStoryRepository;
import dev.kith.application.account.port.AccountPorts;
import dev.kith.application.account.port.PasswordHasher;
import dev.kith.application.account.port.RevokedLogins;
import dev.kith.application.account.port.TokenIssuer;
import dev.kith.adapter.postgres.export.PostgresExportRepository;
import dev.kith.adapter.postgres.export.PostgresExportSource;
import dev.kith.application.content.port.ContentPorts;
import dev.kith.application.export.port.ExportPorts;
import dev.kith.application.graph.port.GraphPorts;
import dev.kith.application.group.port.GroupPorts;
import dev.kith.application.media.port.MediaPorts;
import dev.kith.application.notification.port.NotificationPorts;
import dev.kith.application.notification.port.RealtimePublisher;
import dev.kith.application.media.port.MediaProcessor;
import dev.kith.application.media.port.MediaStorage;
import dev.kith.application.profile.port.ProfilePorts;
import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.MailSender;
import dev.kith.application.shared.port.SecretGenerator;
import dev.kith.application.shared.port.SharedPorts;
import dev.kith.application.story.port.StoryPorts;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * The PostgreSQL adapters of every context on one {@link Jdbi}, so that they share its transactions,
 * grouped into each context's ports record for {@link dev.kith.application.Kith#builder()}.
 *
 * <p>A record whose ports are all PostgreSQL's comes whole ({@link #graph()}, {@link #profiles()},
 * {@link #content()}). The two that mix in other technology take those ports as arguments: ids,
 * secrets and the mail sender for {@link #shared}, the password hasher and token issuer for
 * {@link #accounts}, and the revoked logins, which run a poller you start and close. Adding a context
 * is one more method here. The adapters are stateless views of the database, so every call may make
 * new ones. Immutable and thread-safe.
 */
public final class PostgresAdapters {

    private final Jdbi jdbi;
    private final int homeFeedFanOutLimit;

    private PostgresAdapters(Jdbi jdbi, int homeFeedFanOutLimit) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.homeFeedFanOutLimit = homeFeedFanOutLimit;
    }

    /**
     * The adapters on the database of {@code jdbi} (see {@link PostgresDatabase#jdbi()}), with a home-feed
     * fan-out limit of 10,000 followers.
     */
    public static PostgresAdapters on(Jdbi jdbi) {
        return new PostgresAdapters(jdbi, HomeFeedFanOut.PULL_FROM_FOLLOWERS);
    }

    /**
     * These adapters with another home-feed fan-out limit: an author's posts stop being copied into their
     * followers' precomputed timelines from the first post they write with {@code followers} followers or
     * more, and are read on read instead ({@code HOME_FEED_FANOUT_LIMIT} in the server's configuration).
     * {@link #content()} refuses a negative limit.
     */
    public PostgresAdapters withHomeFeedFanOutLimit(int followers) {
        return new PostgresAdapters(jdbi, followers);
    }

    /**
     * The shared ports: the transactor and the outbox on this database, with the rest given.
     *
     * @param ids e.g. {@code UuidV7IdGenerator} of {@code kith-adapter-crypto}
     * @param secrets e.g. {@code SecureRandomSecretGenerator} of {@code kith-adapter-crypto}
     * @param mailSender e.g. {@code SmtpMailSender} of {@code kith-adapter-smtp}
     */
    public SharedPorts shared(IdGenerator ids, SecretGenerator secrets, MailSender mailSender) {
        return new SharedPorts(new JdbiTransactor(jdbi), ids, secrets, new PostgresOutbox(jdbi), mailSender);
    }

    /**
     * The account context's ports: its repositories, the account erasure and the pending follow requests
     * on this database, with the rest given.
     *
     * @param revokedLogins a {@link dev.kith.adapter.postgres.account.PostgresRevokedLogins} on the same
     *     database (revocations commit with the change that causes them), polling if several nodes share it;
     *     it holds a thread, so you make it and close it
     * @param passwordHasher e.g. {@code Argon2PasswordHasher} of {@code kith-adapter-crypto}
     * @param tokenIssuer e.g. {@code JwtTokenIssuer} of {@code kith-adapter-jwt}
     */
    public AccountPorts accounts(RevokedLogins revokedLogins, PasswordHasher passwordHasher, TokenIssuer tokenIssuer) {
        return new AccountPorts(new PostgresAccountRepository(jdbi), new PostgresOneTimeTokenRepository(jdbi),
                new PostgresRefreshTokenRepository(jdbi), revokedLogins, passwordHasher, tokenIssuer,
                new PostgresAccountErasure(jdbi), new PostgresFollowRepository(jdbi), new PostgresNameReservations(jdbi));
    }

    /**
     * The notification context's ports: notifications and the real-time stream's log on this database, with
     * the publisher given.
     *
     * @param publisher wakes the nodes when the log grew: {@code RedisRealtimePublisher} of {@code kith-adapter-redis}
     *     for several nodes, or {@code InProcessRealtimePublisher} of {@code kith-adapter-inmemory} on one
     */
    public NotificationPorts notifications(RealtimePublisher publisher) {
        return new NotificationPorts(new PostgresNotificationRepository(jdbi), new PostgresStreamLog(jdbi), publisher);
    }

    /** The social graph's ports. */
    public GraphPorts graph() {
        return new GraphPorts(new PostgresFollowRepository(jdbi), new PostgresBlockRepository(jdbi),
                new PostgresGraphQueries(jdbi));
    }

    /** The profile context's ports. */
    public ProfilePorts profiles() {
        return new ProfilePorts(new PostgresProfileQueries(jdbi));
    }

    /**
     * The media context's ports: the media rows on this database, with the storage and processor given.
     *
     * @param storage e.g. {@code FileSystemMediaStorage} of {@code kith-adapter-filesystem} or
     *     {@code S3MediaStorage} of {@code kith-adapter-s3}
     * @param processor e.g. {@code ImageIoMediaProcessor} of {@code kith-adapter-media}
     */
    public MediaPorts media(MediaStorage storage, MediaProcessor processor) {
        return new MediaPorts(new PostgresMediaRepository(jdbi), storage, processor);
    }

    /** The content context's ports, the posts fanned out up to this factory's home-feed fan-out limit. */
    public ContentPorts content() {
        return new ContentPorts(new PostgresPostRepository(jdbi), new PostgresCommentRepository(jdbi),
                new PostgresLikeRepository(jdbi), new PostgresContentQueries(jdbi),
                new PostgresHomeFeed(jdbi, homeFeedFanOutLimit));
    }

    /** The group context's ports. */
    public GroupPorts groups() {
        return new GroupPorts(new PostgresGroupRepository(jdbi), new PostgresMembershipRepository(jdbi),
                new PostgresModerationLog(jdbi), new PostgresGroupQueries(jdbi));
    }

    /** The story context's ports. */
    /** The export context's ports: the export rows, and what an export reads of an account. */
    public ExportPorts exports() {
        return new ExportPorts(new PostgresExportRepository(jdbi), new PostgresExportSource(jdbi));
    }

    public StoryPorts stories() {
        return new StoryPorts(new PostgresStoryRepository(jdbi), new PostgresStoryQueries(jdbi));
    }
}
