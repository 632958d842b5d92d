package dev.kith.adapter.inmemory;

import dev.kith.adapter.inmemory.account.InMemoryNameReservations;
import dev.kith.adapter.inmemory.account.InMemoryAccountErasure;
import dev.kith.adapter.inmemory.account.InMemoryAccountRepository;
import dev.kith.adapter.inmemory.account.InMemoryOneTimeTokenRepository;
import dev.kith.adapter.inmemory.account.InMemoryPasswordHasher;
import dev.kith.adapter.inmemory.account.InMemoryRefreshTokenRepository;
import dev.kith.adapter.inmemory.account.InMemoryRevokedLogins;
import dev.kith.adapter.inmemory.account.InMemoryTokenIssuer;
import dev.kith.adapter.inmemory.content.InMemoryCommentRepository;
import dev.kith.adapter.inmemory.content.InMemoryContentQueries;
import dev.kith.adapter.inmemory.content.InMemoryHomeFeed;
import dev.kith.adapter.inmemory.content.InMemoryLikeRepository;
import dev.kith.adapter.inmemory.content.InMemoryPostRepository;
import dev.kith.adapter.inmemory.export.InMemoryExportRepository;
import dev.kith.adapter.inmemory.export.InMemoryExportSource;
import dev.kith.adapter.inmemory.group.InMemoryGroupQueries;
import dev.kith.adapter.inmemory.group.InMemoryGroupRepository;
import dev.kith.adapter.inmemory.group.InMemoryMembershipRepository;
import dev.kith.adapter.inmemory.group.InMemoryModerationLog;
import dev.kith.application.group.port.GroupPorts;
import dev.kith.adapter.inmemory.graph.InMemoryBlockRepository;
import dev.kith.adapter.inmemory.graph.InMemoryFollowRepository;
import dev.kith.adapter.inmemory.graph.InMemoryGraphQueries;
import dev.kith.adapter.inmemory.media.InMemoryMediaRepository;
import dev.kith.adapter.inmemory.media.InMemoryMediaStorage;
import dev.kith.adapter.inmemory.media.UnavailableMediaProcessor;
import dev.kith.adapter.inmemory.notification.InMemoryNotificationRepository;
import dev.kith.adapter.inmemory.notification.InMemoryStreamLog;
import dev.kith.adapter.inmemory.notification.InProcessRealtimePublisher;
import dev.kith.adapter.inmemory.profile.InMemoryProfileQueries;
import dev.kith.adapter.inmemory.shared.InMemoryMailSender;
import dev.kith.adapter.inmemory.shared.InMemoryOutbox;
import dev.kith.adapter.inmemory.shared.InMemorySecretGenerator;
import dev.kith.adapter.inmemory.shared.InMemoryStore;
import dev.kith.adapter.inmemory.shared.InMemoryTransactor;
import dev.kith.adapter.inmemory.shared.SequentialIdGenerator;
import dev.kith.adapter.inmemory.shared.SocialTables;
import dev.kith.adapter.inmemory.story.InMemoryStoryQueries;
import dev.kith.adapter.inmemory.story.InMemoryStoryRepository;
import dev.kith.adapter.inmemory.story.StoryTables;
import dev.kith.application.account.port.AccountPorts;
import dev.kith.application.content.port.ContentPorts;
import dev.kith.application.export.port.ExportPorts;
import dev.kith.application.graph.port.GraphPorts;
import dev.kith.application.media.port.MediaPorts;
import dev.kith.application.notification.port.NotificationPorts;
import dev.kith.application.profile.port.ProfilePorts;
import dev.kith.application.shared.port.SharedPorts;
import dev.kith.application.story.port.StoryPorts;
import java.time.Clock;
import java.util.Objects;

/**
 * Every port of the core in memory, grouped into each context's ports record for
 * {@link dev.kith.application.Kith#builder()}. All tables live in one {@link InMemoryStore}, so the
 * in-memory transactor covers every adapter. The adapters are made once: every call returns the same
 * ones, and two cores built from one {@code InMemoryAdapters} share their data. Thread-safe.
 */
public final class InMemoryAdapters {

    private final InMemoryMailSender mailSender = new InMemoryMailSender();
    private final InMemoryOutbox outbox;
    private final SharedPorts shared;
    private final AccountPorts accounts;
    private final GraphPorts graph;
    private final ProfilePorts profiles;
    private final ContentPorts content;
    private final InMemoryMediaStorage mediaStorage;
    private final MediaPorts media;
    private final StoryPorts stories;
    private final NotificationPorts notifications;
    private final GroupPorts groups;
    private final ExportPorts exports;

    private InMemoryAdapters(Clock clock) {
        InMemoryStore store = new InMemoryStore();
        InMemoryAccountRepository accountRows = new InMemoryAccountRepository(store);
        SocialTables social = new SocialTables(store, accountRows);
        InMemoryFollowRepository follows = new InMemoryFollowRepository(social);  // also the account context's PendingFollowRequests
        this.outbox = new InMemoryOutbox(store);
        this.shared = new SharedPorts(new InMemoryTransactor(store), new SequentialIdGenerator(clock),
                new InMemorySecretGenerator(), outbox, mailSender);
        this.accounts = new AccountPorts(accountRows, new InMemoryOneTimeTokenRepository(store),
                new InMemoryRefreshTokenRepository(store), new InMemoryRevokedLogins(store), new InMemoryPasswordHasher(),
                new InMemoryTokenIssuer(), new InMemoryAccountErasure(social), follows, new InMemoryNameReservations(store));
        this.graph = new GraphPorts(follows, new InMemoryBlockRepository(social), new InMemoryGraphQueries(social));
        this.profiles = new ProfilePorts(new InMemoryProfileQueries(social));
        this.content = new ContentPorts(new InMemoryPostRepository(social), new InMemoryCommentRepository(social),
                new InMemoryLikeRepository(social), new InMemoryContentQueries(social), new InMemoryHomeFeed(social));
        this.mediaStorage = new InMemoryMediaStorage(clock);
        this.media = new MediaPorts(new InMemoryMediaRepository(social), mediaStorage, new UnavailableMediaProcessor());
        StoryTables storyTables = new StoryTables(social);
        this.stories = new StoryPorts(new InMemoryStoryRepository(storyTables), new InMemoryStoryQueries(storyTables));
        this.groups = new GroupPorts(new InMemoryGroupRepository(social), new InMemoryMembershipRepository(social),
                new InMemoryModerationLog(social), new InMemoryGroupQueries(social));
        this.notifications = new NotificationPorts(new InMemoryNotificationRepository(social), new InMemoryStreamLog(social),
                new InProcessRealtimePublisher());
        this.exports = new ExportPorts(new InMemoryExportRepository(social), new InMemoryExportSource(social, storyTables));
    }

    /** Fresh, empty adapters; the ids they make are timed by {@code clock}. */
    public static InMemoryAdapters create(Clock clock) {
        return new InMemoryAdapters(Objects.requireNonNull(clock, "clock"));
    }

    /** The transactor, ids, secrets, outbox and mail sender. */
    public SharedPorts shared() {
        return shared;
    }

    /** The account context's ports, with a fast PBKDF2 hasher and opaque access tokens. */
    public AccountPorts accounts() {
        return accounts;
    }

    /** The social graph's ports. */
    public GraphPorts graph() {
        return graph;
    }

    /** The profile context's ports. */
    public ProfilePorts profiles() {
        return profiles;
    }

    /**
     * The media context's ports: rows and files in memory. It cannot process uploads (the in-memory module
     * has no image codecs): every upload is refused as unsupported until you override {@code MediaProcessor}
     * with a real one, such as {@code ImageIoMediaProcessor} of {@code kith-adapter-media}.
     */
    public MediaPorts media() {
        return media;
    }

    /** The files of {@link #media()}, to see what is stored. */
    public InMemoryMediaStorage mediaStorage() {
        return mediaStorage;
    }

    /** The content context's ports, with the home timelines kept as feed rows from the events. */
    public ContentPorts content() {
        return content;
    }

    /** The story context's ports. */
    public StoryPorts stories() {
        return stories;
    }

    /** The export context's ports (the archives go to {@link #mediaStorage()}). */
    public ExportPorts exports() {
        return exports;
    }

    /** The group context's ports. */
    public GroupPorts groups() {
        return groups;
    }

    /** The notification context's ports. */
    public NotificationPorts notifications() {
        return notifications;
    }

    /** The mail sender of {@link #shared()}, to switch it off and on and to read what it sent. */
    public InMemoryMailSender mailSender() {
        return mailSender;
    }

    /** The outbox of {@link #shared()}, to see what waits. */
    public InMemoryOutbox outbox() {
        return outbox;
    }
}
