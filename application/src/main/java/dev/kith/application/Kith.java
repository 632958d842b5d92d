package dev.kith.application;

import dev.kith.application.account.Accounts;
import dev.kith.application.account.port.AccountErasure;
import dev.kith.application.account.port.AccountRepository;
import dev.kith.application.account.port.PendingFollowRequests;
import dev.kith.application.content.Content;
import dev.kith.application.content.port.CommentRepository;
import dev.kith.application.content.port.ContentQueries;
import dev.kith.application.content.port.LikeRepository;
import dev.kith.application.content.port.PostRepository;
import dev.kith.application.graph.Graph;
import dev.kith.application.graph.port.BlockRepository;
import dev.kith.application.graph.port.FollowRepository;
import dev.kith.application.graph.port.GraphQueries;
import dev.kith.application.profile.Profiles;
import dev.kith.application.profile.port.ProfileQueries;
import dev.kith.application.account.port.OneTimeTokenRepository;
import dev.kith.application.account.port.PasswordHasher;
import dev.kith.application.account.port.RefreshTokenRepository;
import dev.kith.application.account.port.RevokedLogins;
import dev.kith.application.account.port.TokenIssuer;
import dev.kith.application.shared.DeliverOutbox;
import dev.kith.application.shared.Links;
import dev.kith.application.shared.OutgoingMail;
import dev.kith.application.shared.port.IdGenerator;
import dev.kith.application.shared.port.MailSender;
import dev.kith.application.shared.port.Outbox;
import dev.kith.application.shared.port.SecretGenerator;
import dev.kith.application.shared.port.Transactor;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * The Kith core: every context's use cases, wired by hand to the adapters you give the builder.
 * Thread-safe once built.
 */
public final class Kith {

    private final Accounts accounts;
    private final Graph graph;
    private final Profiles profiles;
    private final Content content;
    private final DeliverOutbox outboxRelay;
    private final Outbox outbox;

    private Kith(Builder b) {
        OutgoingMail mail = new OutgoingMail(b.outbox, b.ids);
        this.accounts = new Accounts(b.transactor, b.accounts, b.oneTimeTokens, b.refreshTokens, b.revokedLogins, b.accountErasure,
                b.pendingFollowRequests, b.passwordHasher, b.tokenIssuer, b.secrets, b.ids, mail,
                new Links(b.publicBaseUrl), b.clock);
        this.graph = new Graph(b.transactor, b.accounts, b.follows, b.blocks, b.graphQueries, b.ids, b.clock);
        this.profiles = new Profiles(b.transactor, graph.visibility(), b.profileQueries, b.accounts, b.pendingFollowRequests, b.clock);
        this.content = new Content(b.transactor, graph.visibility(), b.accounts, b.posts, b.comments, b.likes,
                b.contentQueries, b.ids, b.clock);
        this.outboxRelay = new DeliverOutbox(b.transactor, b.outbox,
                Map.of(OutgoingMail.TOPIC, OutgoingMail.sendingWith(b.mailSender)), b.clock);
        this.outbox = b.outbox;
    }

    /** Starts wiring a core; every port must be given. */
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

    /** Posts, comments, likes and timelines. */
    public Content content() {
        return content;
    }

    /** The relay that delivers the outbox; run it on a schedule (the server does every second). */
    public DeliverOutbox outboxRelay() {
        return outboxRelay;
    }

    /** The outbox, for health checks and metrics. */
    public Outbox outbox() {
        return outbox;
    }

    /** Collects the adapters of a core. */
    public static final class Builder {
        private Clock clock;
        private URI publicBaseUrl = URI.create("http://localhost:8080");
        private Transactor transactor;
        private IdGenerator ids;
        private SecretGenerator secrets;
        private Outbox outbox;
        private MailSender mailSender;
        private AccountRepository accounts;
        private OneTimeTokenRepository oneTimeTokens;
        private RefreshTokenRepository refreshTokens;
        private RevokedLogins revokedLogins;
        private PasswordHasher passwordHasher;
        private TokenIssuer tokenIssuer;
        private AccountErasure accountErasure;
        private PendingFollowRequests pendingFollowRequests;
        private FollowRepository follows;
        private BlockRepository blocks;
        private GraphQueries graphQueries;
        private ProfileQueries profileQueries;
        private PostRepository posts;
        private CommentRepository comments;
        private LikeRepository likes;
        private ContentQueries contentQueries;

        private Builder() {
        }

        /** The clock every use case reads; required (servers give {@code Clock.systemUTC()}, tests a fixed clock). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** The base of links in mails; {@code http://localhost:8080} unless set. */
        public Builder publicBaseUrl(URI publicBaseUrl) {
            this.publicBaseUrl = Objects.requireNonNull(publicBaseUrl);
            return this;
        }

        public Builder transactor(Transactor transactor) {
            this.transactor = transactor;
            return this;
        }

        public Builder ids(IdGenerator ids) {
            this.ids = ids;
            return this;
        }

        public Builder secrets(SecretGenerator secrets) {
            this.secrets = secrets;
            return this;
        }

        public Builder outbox(Outbox outbox) {
            this.outbox = outbox;
            return this;
        }

        public Builder mailSender(MailSender mailSender) {
            this.mailSender = mailSender;
            return this;
        }

        public Builder accounts(AccountRepository accounts) {
            this.accounts = accounts;
            return this;
        }

        public Builder oneTimeTokens(OneTimeTokenRepository oneTimeTokens) {
            this.oneTimeTokens = oneTimeTokens;
            return this;
        }

        public Builder refreshTokens(RefreshTokenRepository refreshTokens) {
            this.refreshTokens = refreshTokens;
            return this;
        }

        public Builder revokedLogins(RevokedLogins revokedLogins) {
            this.revokedLogins = revokedLogins;
            return this;
        }

        public Builder passwordHasher(PasswordHasher passwordHasher) {
            this.passwordHasher = passwordHasher;
            return this;
        }

        public Builder tokenIssuer(TokenIssuer tokenIssuer) {
            this.tokenIssuer = tokenIssuer;
            return this;
        }

        public Builder accountErasure(AccountErasure accountErasure) {
            this.accountErasure = accountErasure;
            return this;
        }

        public Builder pendingFollowRequests(PendingFollowRequests pendingFollowRequests) {
            this.pendingFollowRequests = pendingFollowRequests;
            return this;
        }

        public Builder follows(FollowRepository follows) {
            this.follows = follows;
            return this;
        }

        public Builder blocks(BlockRepository blocks) {
            this.blocks = blocks;
            return this;
        }

        public Builder graphQueries(GraphQueries graphQueries) {
            this.graphQueries = graphQueries;
            return this;
        }

        public Builder profileQueries(ProfileQueries profileQueries) {
            this.profileQueries = profileQueries;
            return this;
        }

        public Builder posts(PostRepository posts) {
            this.posts = posts;
            return this;
        }

        public Builder comments(CommentRepository comments) {
            this.comments = comments;
            return this;
        }

        public Builder likes(LikeRepository likes) {
            this.likes = likes;
            return this;
        }

        public Builder contentQueries(ContentQueries contentQueries) {
            this.contentQueries = contentQueries;
            return this;
        }

        /** Builds the core; names the first missing port if any is missing. */
        public Kith build() {
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(transactor, "transactor");
            Objects.requireNonNull(ids, "ids");
            Objects.requireNonNull(secrets, "secrets");
            Objects.requireNonNull(outbox, "outbox");
            Objects.requireNonNull(mailSender, "mailSender");
            Objects.requireNonNull(accounts, "accounts");
            Objects.requireNonNull(oneTimeTokens, "oneTimeTokens");
            Objects.requireNonNull(refreshTokens, "refreshTokens");
            Objects.requireNonNull(revokedLogins, "revokedLogins");
            Objects.requireNonNull(passwordHasher, "passwordHasher");
            Objects.requireNonNull(tokenIssuer, "tokenIssuer");
            Objects.requireNonNull(accountErasure, "accountErasure");
            Objects.requireNonNull(pendingFollowRequests, "pendingFollowRequests");
            Objects.requireNonNull(follows, "follows");
            Objects.requireNonNull(blocks, "blocks");
            Objects.requireNonNull(graphQueries, "graphQueries");
            Objects.requireNonNull(profileQueries, "profileQueries");
            Objects.requireNonNull(posts, "posts");
            Objects.requireNonNull(comments, "comments");
            Objects.requireNonNull(likes, "likes");
            Objects.requireNonNull(contentQueries, "contentQueries");
            return new Kith(this);
        }
    }
}
