package dev.kith.adapter.redis;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where {@link RedisRealtimePublisher} finds Redis, and the channel the nodes share.
 *
 * @param url {@code redis://host:port} or {@code rediss://host:port} (TLS, the certificate and host name
 *     verified), optionally with {@code user:password@} or {@code :password@}; the port defaults to 6379, a
 *     database path ({@code /0}) is accepted and means nothing to pub/sub; never printed whole by
 *     {@link #toString()}
 * @param channel the pub/sub channel every node of one deployment publishes on and listens to
 */
public record RedisSettings(URI url, String channel) {

    /** The channel used unless another is given. */
    public static final String DEFAULT_CHANNEL = "kith:stream";
    /** The port used when the URL names none. */
    public static final int DEFAULT_PORT = 6379;

    public RedisSettings {
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme();
        if (!"redis".equalsIgnoreCase(scheme) && !"rediss".equalsIgnoreCase(scheme)) {
            throw new IllegalArgumentException("a Redis URL starts with redis:// or rediss://, was " + redact(url));
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            throw new IllegalArgumentException("a Redis URL names a host (redis://host:6379), was " + redact(url));
        }
        if (url.getRawUserInfo() != null && !url.getRawUserInfo().contains(":")) {
            throw new IllegalArgumentException("a Redis URL carries user:password@ or :password@, not a user alone");
        }
        if (channel == null || channel.isBlank()) {
            throw new IllegalArgumentException("the Redis channel must not be blank");
        }
    }

    /** Settings for {@code url} on the {@linkplain #DEFAULT_CHANNEL default channel}. */
    public static RedisSettings of(URI url) {
        return new RedisSettings(url, DEFAULT_CHANNEL);
    }

    /** These settings on another channel (to keep deployments sharing one Redis apart). */
    public RedisSettings withChannel(String channel) {
        return new RedisSettings(url, channel);
    }

    /** The host to connect to. */
    public String host() {
        return url.getHost();
    }

    /** The port to connect to. */
    public int port() {
        return url.getPort() == -1 ? DEFAULT_PORT : url.getPort();
    }

    /** Whether the connection is TLS ({@code rediss://}). */
    public boolean tls() {
        return "rediss".equalsIgnoreCase(url.getScheme());
    }

    /** The ACL user, if the URL names one ({@code user:password@}). */
    public Optional<String> user() {
        return userInfoPart(0).filter(user -> !user.isEmpty());
    }

    /** The password, if the URL carries one. */
    public Optional<String> password() {
        return userInfoPart(1);
    }

    private Optional<String> userInfoPart(int index) {
        // decoded: %40 is an @ in the password; a user holds no colon, so the first one splits them
        String info = url.getUserInfo();
        if (info == null) {
            return Optional.empty();
        }
        int colon = info.indexOf(':');
        return Optional.of(index == 0 ? info.substring(0, colon) : info.substring(colon + 1));
    }

    private static String redact(URI url) {
        return url.getRawUserInfo() == null ? url.toString() : url.getScheme() + "://***@" + url.getRawAuthority()
                .substring(url.getRawAuthority().lastIndexOf('@') + 1);
    }

    @Override
    public String toString() {
        return "RedisSettings[url=" + (tls() ? "rediss" : "redis") + "://" + user().map(u -> u + ":***@")
                .orElse(password().isPresent() ? ":***@" : "") + host() + ":" + port() + ", channel=" + channel + "]";
    }
}
