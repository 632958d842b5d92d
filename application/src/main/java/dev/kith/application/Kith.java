package dev.kith.application;

import dev.kith.application.account.Accounts;
import dev.kith.application.account.port.AccountPorts;
import dev.kith.application.content.Content;
import dev.kith.application.content.port.ContentPorts;
import dev.kith.application.export.Exports;
import dev.kith.application.export.port.ExportPorts;
import dev.kith.application.graph.Graph;
import dev.kith.application.graph.port.GraphPorts;
import dev.kith.application.group.GroupSettings;
import dev.kith.application.group.Groups;
import dev.kith.application.group.port.GroupPorts;
import dev.kith.application.media.MediaLibrary;
import dev.kith.application.media.MediaSettings;
import dev.kith.application.media.port.MediaPorts;
import dev.kith.application.profile.Profiles;
import dev.kith.application.profile.port.ProfilePorts;
import dev.kith.application.notification.Notifications;
import dev.kith.application.notification.port.NotificationPorts;
import dev.kith.application.shared.DeliverOutbox;
import dev.kith.application.shared.DomainEvents;
import dev.kith.application.shared.EventListener;
import dev.kith.application.shared.Links;
import dev.kith.application.shared.OutgoingMail;
import dev.kith.application.shared.port.Outbox;
import dev.kith.application.shared.port.SharedPorts;
import dev.kith.application.story.Stories;
import dev.kith.application.story.port.StoryPorts;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Kith core: every context's use cases, each context's façade wired by hand from the ports record
 * you give the builder. Thread-safe once built.
 */
public final class Kith {

    private final Accounts accounts;
    private final Graph graph;
    private final Profiles profiles;
    private final Content content;
    private final Groups groups;
    private final MediaLibrary media;
    private final Stories stories;
    private final Notifications notifications;
    private final Exports exports;
    private final DeliverOutbox outboxRelay;
    private final Outbox outbox;

    private Kith(Builder b) {
        SharedPorts shared = b.shared;
        OutboxTopics topics = new OutboxTopics();
        // events go to the listeners in the order they subscribe: the embedder's first, then each context's
        DomainEvents events = new DomainEvents();
        b.listeners.forEach(events::subscribe);
        // mail belongs to no one context: any may queue it, and one handler sends it all
        topics.add("shared", Map.of(OutgoingMail.TOPIC, OutgoingMail.sendingWith(shared.mailSender())));
        this.media = topics.add(new MediaLibrary(shared, b.media, b.mediaSettings, b.publicBaseUrl, events, b.clock));
        this.accounts = topics.add(new Accounts(shared, b.accounts, media.attachments(), new Links(b.publicBaseUrl), events,
                b.clock));
        this.graph = topics.add(new Graph(shared, b.graph, b.accounts.accounts(), events, b.clock));
        this.profiles = topics.add(new Profiles(shared, b.profiles, b.accounts.accounts(),
                b.accounts.pendingFollowRequests(), graph.visibility(), media.attachments(), events, b.clock));
        this.groups = topics.add(new Groups(shared, b.groups, b.groupSettings, b.accounts.accounts(), graph.visibility(), events, b.clock));
        this.content = topics.add(new Content(shared, b.content, b.accounts.accounts(), graph.visibility(), groups.access(),
                media.attachments(), events, b.clock));
        this.stories = topics.add(new Stories(shared, b.stories, graph.visibility(), media.attachments(), events, b.clock));
        this.notifications = topics.add(new Notifications(shared, b.notifications, b.graph, b.content, graph.visibility(),
                content.audience(), groups.access(), events, b.clock));
        this.exports = topics.add(new Exports(shared, b.exports, b.media.storage(), b.mediaSettings.scratch(),
                b.publicBaseUrl, b.mediaSettings.linkKey(), events, b.clock));
        this.outboxRelay = new DeliverOutbox(shared.transactor(), shared.outbox(), topics.handlers(), b.clock);
        this.outbox = shared.outbox();
    }

    /** Starts wiring a core; the clock and every context's ports must be given. */
    public static Builder builder() {
        return new Builder();
    }

    /** Accounts and authentication. */
    public Accounts accounts() {
        return accounts;
    }

    /** Follows, follow requests, blocks, and the visibility policy. */
    public Graph graph() {
        return graph;
    }

    /** Profiles and search. */
    public Profiles profiles() {
        return profiles;
    }

    /** Uploads of images and videos, and the links their files are fetched under. */
    public MediaLibrary media() {
        return media;
    }

    /** Posts, comments, likes and timelines. */
    public Content content() {
        return content;
    }

    /** Groups: members, roles, join requests, bans and the moderation log (a group's posts are {@link #content()}'s). */
    public Groups groups() {
        return groups;
    }

    /** Stories: a day-long image or video for one's followers. */
    public Stories stories() {
        return stories;
    }

    /** Notifications: who followed, liked, commented or mentioned, written from the events through the outbox. */
    public Notifications notifications() {
        return notifications;
    }

    /** Exports: an archive of everything an account holds, built in the background and kept for a week. */
    public Exports exports() {
        return exports;
    }

    /** The relay that delivers the outbox; run it on a schedule (the server does every second). */
    public DeliverOutbox outboxRelay() {
        return outboxRelay;
    }

    /** The outbox, for health checks and metrics. */
    public Outbox outbox() {
        return outbox;
    }

    /**
     * Collects the settings of a core and the ports of each context: one record per context, which an
     * adapter module's factory builds (e.g. {@code InMemoryAdapters}, {@code PostgresAdapters}).
     */
    public static final class Builder {
        private Clock clock;
        private URI publicBaseUrl = URI.create("http://localhost:8080");
        private SharedPorts shared;
        private AccountPorts accounts;
        private GraphPorts graph;
        private ProfilePorts profiles;
        private ContentPorts content;
        private MediaPorts media;
        private MediaSettings mediaSettings;
        private StoryPorts stories;
        private NotificationPorts notifications;
        private ExportPorts exports;
        private GroupPorts groups;
        private GroupSettings groupSettings = GroupSettings.defaults();
        private final List<EventListener> listeners = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a listener of every domain event the use cases record (e.g. {@code GraphEvent.Followed},
         * {@code ContentEvent.PostPublished}), called on the recording thread inside the change's
         * transaction, before the contexts' own projections: to audit, or to queue work of your own in the
         * same transaction. A listener that throws rolls the change back.
         */
        public Builder listener(EventListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** The clock every use case reads; required (servers give {@code Clock.systemUTC()}, tests a fixed clock). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The base of links in mails; {@code http://localhost:8080} unless set. */
        public Builder publicBaseUrl(URI publicBaseUrl) {
            this.publicBaseUrl = Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
            return this;
        }

        /** The ports every context shares (transactor, ids, secrets, outbox, mail); required. */
        public Builder shared(SharedPorts shared) {
            this.shared = Objects.requireNonNull(shared, "shared");
            return this;
        }

        /** The account context's ports; required. */
        public Builder accounts(AccountPorts accounts) {
            this.accounts = Objects.requireNonNull(accounts, "accounts");
            return this;
        }

        /** The social graph's ports; required. */
        public Builder graph(GraphPorts graph) {
            this.graph = Objects.requireNonNull(graph, "graph");
            return this;
        }

        /** The profile context's ports; required. */
        public Builder profiles(ProfilePorts profiles) {
            this.profiles = Objects.requireNonNull(profiles, "profiles");
            return this;
        }

        /** The content context's ports; required. */
        public Builder content(ContentPorts content) {
            this.content = Objects.requireNonNull(content, "content");
            return this;
        }

        /**
         * The media context's ports, and its settings (upload limits, scratch directory, the key that signs
         * media links: the same on every node); required.
         */
        public Builder media(MediaPorts media, MediaSettings settings) {
            this.media = Objects.requireNonNull(media, "media");
            this.mediaSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** The story context's ports; required. */
        public Builder stories(StoryPorts stories) {
            this.stories = Objects.requireNonNull(stories, "stories");
            return this;
        }

        /** The group context's ports; required. */
        public Builder groups(GroupPorts groups) {
            this.groups = Objects.requireNonNull(groups, "groups");
            return this;
        }

        /** The limits of groups (name and description lengths, groups per account); {@link GroupSettings#defaults()} unless set. */
        public Builder groupSettings(GroupSettings settings) {
            this.groupSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** The notification context's ports; required. */
        public Builder notifications(NotificationPorts notifications) {
            this.notifications = Objects.requireNonNull(notifications, "notifications");
            return this;
        }

        /** The export context's ports; required (its archives go to the media context's storage). */
        public Builder exports(ExportPorts exports) {
            this.exports = Objects.requireNonNull(exports, "exports");
            return this;
        }

        /**
         * Builds the core.
         *
         * @throws NullPointerException naming the first setting or ports record not given
         * @throws IllegalStateException when two contexts claim one outbox topic
         */
        public Kith build() {
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(shared, "shared");
            Objects.requireNonNull(accounts, "accounts");
            Objects.requireNonNull(graph, "graph");
            Objects.requireNonNull(profiles, "profiles");
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(media, "media");
            Objects.requireNonNull(stories, "stories");
            Objects.requireNonNull(groups, "groups");
            Objects.requireNonNull(notifications, "notifications");
            Objects.requireNonNull(exports, "exports");
            return new Kith(this);
        }
    }
}
