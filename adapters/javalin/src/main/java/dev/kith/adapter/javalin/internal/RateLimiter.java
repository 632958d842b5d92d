package dev.kith.adapter.javalin.internal;

import dev.kith.adapter.javalin.RateLimit;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One rate limit, counted per client address in an in-memory token bucket. The buckets sit in a
 * size-bounded map that forgets the least recently seen client first, so a flood of addresses costs
 * bounded memory. Thread-safe.
 */
public final class RateLimiter {

    private final String name;
    private final RateLimit limit;
    private final boolean enabled;
    private final Map<String, Bucket> buckets;

    private RateLimiter(String name, RateLimit limit, boolean enabled, int maxClients) {
        this.name = name;
        this.limit = limit;
        this.enabled = enabled;
        this.buckets = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxClients;
            }
        };
    }

    /**
     * A limiter named for its endpoint (the name appears in the 429's detail); when {@code enabled} is
     * false it lets everything through.
     */
    public static RateLimiter of(String name, RateLimit limit, boolean enabled, int maxClients) {
        return new RateLimiter(name, limit, enabled, maxClients);
    }

    /** Wraps a handler so that it runs only while the caller's bucket has a token. */
    public Handler guard(Handler handler) {
        if (!enabled) {
            return handler;
        }
        return ctx -> {
            take(clientKey(ctx));
            handler.handle(ctx);
        };
    }

    /**
     * Takes one token from the client's bucket.
     *
     * @throws HttpProblem 429 with {@code Retry-After} when the bucket is empty
     */
    void take(String client) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(client, key -> newBucket());
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            throw new HttpProblem(429, "rate_limited",
                    "Too many " + name + " requests from your address; try again in " + seconds + " s.",
                    Map.of("Retry-After", Long.toString(seconds)));
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.burst())
                        .refillGreedy(limit.requests(), limit.period())
                        .build())
                .build();
    }

    /**
     * The address a request counts against. An IPv6 client usually owns a whole /64, so its prefix is
     * what counts; otherwise one client could rotate through addresses forever.
     */
    static String clientKey(Context ctx) {
        String address = ctx.req().getRemoteAddr();
        if (address == null || address.indexOf(':') < 0) {
            return address == null ? "unknown" : address;
        }
        try {
            String literal = address.startsWith("[") ? address.substring(1, address.length() - 1) : address;
            byte[] bytes = InetAddress.getByName(literal).getAddress();
            if (bytes.length == 16) {
                return "v6:" + Arrays.toString(Arrays.copyOf(bytes, 8));
            }
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
