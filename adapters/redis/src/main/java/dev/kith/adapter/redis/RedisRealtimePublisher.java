package dev.kith.adapter.redis;

import dev.kith.application.notification.port.RealtimePublisher;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.SslOptions;

/**
 * {@link RealtimePublisher} over Redis pub/sub, for several nodes: a publish is a {@code PUBLISH} of the position
 * on one channel, and each subscription is a daemon thread holding its own connection in {@code SUBSCRIBE}.
 *
 * <p>Redis is never on the critical path. A publish that cannot reach Redis is dropped (logged, at most a warning
 * a minute), and for a second after a failure publishes are dropped without trying, so an unreachable Redis
 * costs the caller one connect timeout a second at most. A subscription whose connection drops (Redis restarts,
 * the network cuts it, or a keep-alive {@code PING} on it goes unanswered) subscribes again with a backoff from
 * 100 ms doubling to 2 s, and after every successful (re)subscription calls its consumer with
 * {@code Long.MAX_VALUE}, so the node reads what it missed. Thread-safe.
 */
public final class RedisRealtimePublisher implements RealtimePublisher {

    private static final Logger LOG = LoggerFactory.getLogger(RedisRealtimePublisher.class);

    /** Connect and read timeout of the publishing connections and of the health check. */
    static final Duration TIMEOUT = Duration.ofSeconds(1);
    /** How long {@link #healthy()} reuses its last answer. */
    static final Duration HEALTH_CACHE = Duration.ofSeconds(1);
    /** How long publishes are dropped unattempted after one failed. */
    static final Duration PUBLISH_COOLDOWN = Duration.ofSeconds(1);
    /** The first and the longest wait before subscribing again. */
    static final Duration BACKOFF_MIN = Duration.ofMillis(100);
    static final Duration BACKOFF_MAX = Duration.ofSeconds(2);
    /** How often a subscription's connection is pinged; one ping unanswered by the next drops it. */
    static final Duration KEEPALIVE = Duration.ofSeconds(5);
    /** How long {@link #subscribe} waits for Redis to confirm the first subscription. */
    static final Duration SUBSCRIBE_WAIT = Duration.ofSeconds(2);
    private static final long WARN_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

    private final RedisSettings settings;
    private final HostAndPort address;
    private final JedisClientConfig subscriberConfig;
    private final RedisClient client;
    private final Set<RedisSubscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService keepAlive;
    private final FailureLog publishFailures = new FailureLog("publish");
    private final AtomicLong publishBlockedUntil = new AtomicLong(System.nanoTime());
    private volatile Health health = new Health(false, System.nanoTime() - HEALTH_CACHE.toNanos());  // stale: the first call checks
    private final Duration subscribeWait;
    private volatile boolean closed;

    private RedisRealtimePublisher(RedisSettings settings, Duration subscribeWait, Duration keepAliveEvery) {
        this.settings = settings;
        this.subscribeWait = subscribeWait;
        this.address = new HostAndPort(settings.host(), settings.port());
        int timeout = (int) TIMEOUT.toMillis();
        this.client = RedisClient.builder()
                .hostAndPort(address)
                .clientConfig(config(settings, "kith-publisher").connectionTimeoutMillis(timeout)
                        .socketTimeoutMillis(timeout).build())
                .poolConfig(poolConfig())
                .build();
        // RESP2 on the subscribing connections: their PINGs are answered as pub/sub messages Jedis hands to onPong
        this.subscriberConfig = config(settings, "kith-subscriber").connectionTimeoutMillis(timeout)
                .protocol(RedisProtocol.RESP2).build();
        this.keepAlive = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kith-redis-keepalive");
            thread.setDaemon(true);
            return thread;
        });
        keepAlive.scheduleWithFixedDelay(() -> subscriptions.forEach(RedisSubscription::keepAlive),
                keepAliveEvery.toMillis(), keepAliveEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * A publisher on the Redis at {@code settings}. Connects lazily: it starts even while Redis is down (then
     * {@link #healthy()} says so and wake-ups wait for it).
     */
    public static RedisRealtimePublisher create(RedisSettings settings) {
        return create(settings, SUBSCRIBE_WAIT, KEEPALIVE);
    }

    /** One whose {@link #subscribe} waits at most {@code subscribeWait} for Redis and that pings as given, for tests. */
    static RedisRealtimePublisher create(RedisSettings settings, Duration subscribeWait, Duration keepAliveEvery) {
        return new RedisRealtimePublisher(Objects.requireNonNull(settings, "settings"), subscribeWait, keepAliveEvery);
    }

    private static DefaultJedisClientConfig.Builder config(RedisSettings settings, String clientName) {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder().clientName(clientName);
        if (settings.tls()) {
            // the JDK's trusted CAs, certificate and host name verified (SslVerifyMode.FULL)
            config.sslOptions(SslOptions.defaults());
        }
        settings.user().ifPresent(config::user);
        settings.password().ifPresent(config::password);
        return config;
    }

    private static ConnectionPoolConfig poolConfig() {
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(4);
        pool.setMaxIdle(4);
        pool.setMinIdle(0);
        pool.setMaxWait(TIMEOUT);
        pool.setTestWhileIdle(true);
        return pool;
    }

    /** The settings it runs on. */
    public RedisSettings settings() {
        return settings;
    }

    @Override
    public void publish(long position) {
        if (closed || System.nanoTime() - publishBlockedUntil.get() < 0) {
            return;
        }
        try {
            client.publish(settings.channel(), Long.toString(position));
            publishFailures.recovered();
        } catch (RuntimeException e) {
            publishBlockedUntil.set(System.nanoTime() + PUBLISH_COOLDOWN.toNanos());
            publishFailures.failed(e);
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Returns once Redis confirmed the subscription, so every position published afterwards reaches it; or
     * after {@link #SUBSCRIBE_WAIT} at most when Redis cannot be reached (it keeps trying in the background).
     * Each subscription holds one connection.
     */
    @Override
    public Subscription subscribe(LongConsumer onPosition) {
        Objects.requireNonNull(onPosition, "onPosition");
        if (closed) {
            return () -> { };
        }
        RedisSubscription subscription = new RedisSubscription(onPosition);
        subscriptions.add(subscription);
        subscription.start();
        subscription.awaitFirst(subscribeWait);
        return subscription;
    }

    @Override
    public boolean healthy() {
        Health last = health;
        if (System.nanoTime() - last.checkedAt() < HEALTH_CACHE.toNanos()) {
            return last.up();
        }
        boolean up;
        try {
            up = !closed && "PONG".equalsIgnoreCase(client.ping());
        } catch (RuntimeException e) {
            LOG.debug("Redis health check failed: {}", e.toString());
            up = false;
        }
        health = new Health(up, System.nanoTime());
        return up;
    }

    @Override
    public void close() {
        closed = true;
        keepAlive.shutdownNow();
        subscriptions.forEach(RedisSubscription::close);
        try {
            client.close();
        } catch (RuntimeException e) {
            LOG.debug("while closing the Redis client: {}", e.toString());
        }
    }

    private record Health(boolean up, long checkedAt) {
    }

    /** One subscription: a daemon thread that keeps a connection subscribed until closed. */
    private final class RedisSubscription implements Subscription {

        private final LongConsumer onPosition;
        private final Thread thread;
        private final CountDownLatch firstSubscribed = new CountDownLatch(1);
        private final FailureLog failures = new FailureLog("subscription");
        private final Object lock = new Object();
        private volatile boolean stopped;
        private volatile boolean pongPending;
        private Jedis connection;        // guarded by lock
        private Listener listener;       // guarded by lock

        RedisSubscription(LongConsumer onPosition) {
            this.onPosition = onPosition;
            this.thread = new Thread(this::run, "kith-redis-subscriber");
            thread.setDaemon(true);
        }

        void start() {
            thread.start();
        }

        void awaitFirst(Duration wait) {
            try {
                if (!firstSubscribed.await(wait.toMillis(), TimeUnit.MILLISECONDS) && !wait.isZero()) {
                    LOG.warn("Redis at {}:{} did not confirm the subscription within {} ms; retrying in the background",
                            settings.host(), settings.port(), wait.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void run() {
            long backoff = BACKOFF_MIN.toMillis();
            while (!stopped) {
                Listener current = new Listener();
                try (Jedis jedis = new Jedis(address, subscriberConfig)) {
                    if (!attach(jedis, current)) {
                        return;
                    }
                    jedis.subscribe(current, settings.channel());   // blocks until unsubscribed or the connection drops
                } catch (RuntimeException e) {
                    if (!stopped) {
                        failures.failed(e);
                    }
                } finally {
                    detach();
                }
                if (current.confirmed) {
                    backoff = BACKOFF_MIN.toMillis();
                }
                if (stopped) {
                    return;
                }
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException e) {
                    return;
                }
                backoff = Math.min(backoff * 2, BACKOFF_MAX.toMillis());
            }
        }

        private boolean attach(Jedis jedis, Listener current) {
            synchronized (lock) {
                if (stopped) {
                    return false;
                }
                connection = jedis;
                listener = current;
                pongPending = false;
                return true;
            }
        }

        private void detach() {
            synchronized (lock) {
                connection = null;
                listener = null;
            }
        }

        /** Pings the connection; drops it when the previous ping is still unanswered (a half-open connection). */
        void keepAlive() {
            synchronized (lock) {
                if (listener == null || !listener.confirmed) {
                    return;
                }
                try {
                    if (pongPending) {
                        LOG.warn("the Redis subscription did not answer a PING in time; reconnecting");
                        connection.disconnect();
                    } else {
                        pongPending = true;
                        listener.ping();
                    }
                } catch (RuntimeException e) {
                    LOG.debug("Redis keep-alive: {}", e.toString());
                    disconnectQuietly();
                }
            }
        }

        @Override
        public void close() {
            synchronized (lock) {
                if (stopped) {
                    return;
                }
                stopped = true;
                disconnectQuietly();   // the blocked read ends at once; no UNSUBSCRIBE round trip to wait for
            }
            subscriptions.remove(this);
            thread.interrupt();
            try {
                thread.join(TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void disconnectQuietly() {
            if (connection != null) {
                try {
                    connection.disconnect();
                } catch (RuntimeException e) {
                    LOG.debug("while disconnecting the Redis subscription: {}", e.toString());
                }
            }
        }

        private void deliver(long position) {
            if (stopped) {
                return;
            }
            try {
                onPosition.accept(position);
            } catch (RuntimeException e) {
                LOG.warn("a real-time subscriber failed on position {}: {}", position, e.toString());
            }
        }

        /** Jedis's callbacks for one connection, all on the subscription's thread. */
        private final class Listener extends JedisPubSub {

            private volatile boolean confirmed;

            @Override
            public void onSubscribe(String channel, int subscribedChannels) {
                confirmed = true;
                failures.recovered();
                firstSubscribed.countDown();
                deliver(Long.MAX_VALUE);   // whatever was published while this connection was not subscribed
            }

            @Override
            public void onMessage(String channel, String message) {
                long position;
                try {
                    position = Long.parseLong(message);
                } catch (NumberFormatException e) {
                    LOG.debug("ignored a message on {} that is no position: {}", channel, message);
                    return;
                }
                deliver(position);
            }

            @Override
            public void onPong(String pattern) {
                pongPending = false;
            }
        }
    }

    /** Logs failures of one kind: every one at debug, a warning for the first and then at most once a minute. */
    private final class FailureLog {

        private final String what;
        private final AtomicLong failed = new AtomicLong();
        private volatile long lastWarning = System.nanoTime() - WARN_EVERY_NANOS;

        FailureLog(String what) {
            this.what = what;
        }

        void failed(RuntimeException e) {
            long count = failed.incrementAndGet();
            long now = System.nanoTime();
            if (count == 1 || now - lastWarning >= WARN_EVERY_NANOS) {
                lastWarning = now;
                LOG.warn("Redis {} at {}:{} failed ({} time(s) since it last worked; nodes poll meanwhile): {}",
                        what, settings.host(), settings.port(), count, e.toString());
            } else {
                LOG.debug("Redis {} failed: {}", what, e.toString());
            }
        }

        void recovered() {
            long count = failed.getAndSet(0);
            if (count > 0) {
                LOG.info("Redis {} at {}:{} works again after {} failure(s)", what, settings.host(), settings.port(), count);
            }
        }
    }
}
