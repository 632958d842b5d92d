package dev.kith.adapter.inmemory;

import dev.kith.adapter.inmemory.shared.InMemoryMailSender;
import dev.kith.adapter.inmemory.shared.InMemoryOutbox;
import dev.kith.application.Kith;
import dev.kith.application.group.GroupSettings;
import dev.kith.application.media.MediaSettings;
import dev.kith.application.shared.EventListener;
import dev.kith.application.shared.port.Mail;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A complete Kith core on in-memory adapters, for embedders' unit tests and demos: no database, no
 * mail server, no network. Mail stays in memory until {@link #deliverMail()} runs the outbox relay.
 */
public final class InMemoryKith {

    private final Kith kith;
    private final InMemoryAdapters adapters;

    private InMemoryKith(Kith kith, InMemoryAdapters adapters) {
        this.kith = kith;
        this.adapters = adapters;
    }

    /** A fresh, empty core reading {@code clock}. */
    public static InMemoryKith create(Clock clock) {
        return builder(clock).build();
    }

    /** Starts a fresh, empty core reading {@code clock}, whose settings and ports you may change before building it. */
    public static Builder builder(Clock clock) {
        return new Builder(clock, InMemoryAdapters.create(clock));
    }

    /**
     * Starts a core on adapters you keep: to read their tables directly, or to build two cores (with
     * different overrides) on the same data.
     */
    public static Builder builder(Clock clock, InMemoryAdapters adapters) {
        return new Builder(clock, adapters);
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

    /** Every mail the in-memory mail sender delivered so far, oldest first. */
    public List<Mail> sentMail() {
        return adapters.mailSender().sent();
    }

    /** The pretend mail server, to switch it off and on; not the core's if {@code MailSender} was overridden. */
    public InMemoryMailSender mailSender() {
        return adapters.mailSender();
    }

    /** The outbox, to see what waits; not the core's if {@code Outbox} was overridden. */
    public InMemoryOutbox outbox() {
        return adapters.outbox();
    }

    /** Collects the settings of an in-memory core, and the ports whose in-memory adapter a test replaces. */
    public static final class Builder {
        private final Clock clock;
        private final InMemoryAdapters adapters;
        private final PortOverrides overrides = new PortOverrides();
        private final List<EventListener> listeners = new ArrayList<>();
        private GroupSettings groupSettings = GroupSettings.defaults();
        private URI publicBaseUrl = URI.create("http://localhost:8080");
        private MediaSettings mediaSettings = MediaSettings.defaults(
                Path.of(System.getProperty("java.io.tmpdir"), "kith-in-memory-uploads"), new byte[32]);

        private Builder(Clock clock, InMemoryAdapters adapters) {
            this.clock = Objects.requireNonNull(clock, "clock");
            this.adapters = Objects.requireNonNull(adapters, "adapters");
        }

        /** The base of links in mails; {@code http://localhost:8080} unless set. */
        public Builder publicBaseUrl(URI publicBaseUrl) {
            this.publicBaseUrl = Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
            return this;
        }

        /**
         * The upload limits and scratch directory; unless set, the defaults (10 MiB images, 100 MiB videos)
         * spooling to the system's temporary directory, with a fixed all-zero link key (fine for tests).
         */
        public Builder mediaSettings(MediaSettings settings) {
            this.mediaSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** The limits of groups; {@link GroupSettings#defaults()} unless set. */
        public Builder groupSettings(GroupSettings settings) {
            this.groupSettings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * Adds a listener of every domain event the use cases record, inside the change's transaction:
         * e.g. a list that a test reads to see what a command recorded (see {@link Kith.Builder#listener}).
         */
        public Builder listener(EventListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Gives the core {@code adapter} for {@code port} instead of the in-memory adapter, and changes
         * nothing else: e.g. {@code override(MailSender.class, failingSender)} for a test of a mail outage.
         * The in-memory adapters still see each other: overriding {@code AccountRepository} changes what
         * the use cases read, not the tables the social adapters check accounts against.
         *
         * @param port the port's interface, as a ports record names it ({@code AccountRepository.class})
         */
        public <P> Builder override(Class<P> port, P adapter) {
            overrides.put(port, adapter);
            return this;
        }

        /**
         * Builds the core.
         *
         * @throws IllegalArgumentException when an overridden type is not a port of any context
         */
        public InMemoryKith build() {
            Kith.Builder core = Kith.builder()
                    .clock(clock)
                    .publicBaseUrl(publicBaseUrl)
                    .shared(overrides.applyTo(adapters.shared()))
                    .accounts(overrides.applyTo(adapters.accounts()))
                    .graph(overrides.applyTo(adapters.graph()))
                    .profiles(overrides.applyTo(adapters.profiles()))
                    .content(overrides.applyTo(adapters.content()))
                    .media(overrides.applyTo(adapters.media()), mediaSettings)
                    .stories(overrides.applyTo(adapters.stories()))
                    .groups(overrides.applyTo(adapters.groups()))
                    .groupSettings(groupSettings)
                    .notifications(overrides.applyTo(adapters.notifications()))
                    .exports(overrides.applyTo(adapters.exports()));
            listeners.forEach(core::listener);
            overrides.requireAllApplied();
            return new InMemoryKith(core.build(), adapters);
        }
    }
}
